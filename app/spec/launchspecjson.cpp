// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "spec/launchspecjson.h"

#include "spec/specfields.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace {

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d && d >= std::numeric_limits<int>::min() &&
           d <= std::numeric_limits<int>::max();
}

QString kindName(SpecFieldInfo::Kind kind)
{
    switch (kind) {
    case SpecFieldInfo::Kind::Int:
        return LaunchSpecJson::tr("a whole number");
    case SpecFieldInfo::Kind::Text:
        return LaunchSpecJson::tr("a text string");
    case SpecFieldInfo::Kind::Bool:
        return LaunchSpecJson::tr("true or false");
    case SpecFieldInfo::Kind::TextList:
        return LaunchSpecJson::tr("a list of text strings");
    case SpecFieldInfo::Kind::DiskList:
        return LaunchSpecJson::tr(
            "a list of disks like {\"DiskType\": \"CLOUD_PREMIUM\", \"DiskSize\": 100}");
    }
    return {};
}

QVariant textList(const QJsonValue &value)
{
    if (!value.isArray())
        return {};
    QStringList texts;
    for (const QJsonValue entry : value.toArray()) {
        if (!entry.isString())
            return {};
        texts.append(entry.toString());
    }
    return texts;
}

// Each disk exactly {"DiskType": text, "DiskSize": whole number}; DataDisk::fromVariant checks
// the keys once more when the field is set.
QVariant diskList(const QJsonValue &value)
{
    if (!value.isArray())
        return {};
    QVariantList disks;
    for (const QJsonValue entry : value.toArray()) {
        const QJsonObject disk = entry.toObject();
        const QJsonValue type = disk.value(QLatin1String("DiskType"));
        const QJsonValue size = disk.value(QLatin1String("DiskSize"));
        if (!entry.isObject() || disk.size() != 2 || !type.isString() || !isWholeNumber(size))
            return {};
        disks.append(QVariantMap{{QStringLiteral("DiskType"), type.toString()},
                                 {QStringLiteral("DiskSize"), size.toInt()}});
    }
    return disks;
}

// The JSON value as the field's QVariant; an invalid QVariant when it has the wrong type. JSON
// null is refused too: an unset optional is written as an absent key.
QVariant fromJson(const QJsonValue &value, SpecFieldInfo::Kind kind)
{
    switch (kind) {
    case SpecFieldInfo::Kind::Int:
        return isWholeNumber(value) ? QVariant(value.toInt()) : QVariant();
    case SpecFieldInfo::Kind::Text:
        return value.isString() ? QVariant(value.toString()) : QVariant();
    case SpecFieldInfo::Kind::Bool:
        return value.isBool() ? QVariant(value.toBool()) : QVariant();
    case SpecFieldInfo::Kind::TextList:
        return textList(value);
    case SpecFieldInfo::Kind::DiskList:
        return diskList(value);
    }
    return {};
}

} // namespace

QJsonObject LaunchSpecJson::write(const LaunchSpec &spec)
{
    QJsonObject o;
    for (const SpecFieldInfo &field : SpecFields::all()) {
        const QVariant value = field.get(spec);
        if (field.secret || !value.isValid())
            continue;
        o.insert(QLatin1String(field.jsonKey), QJsonValue::fromVariant(value));
    }
    return o;
}

LaunchSpecJson::ReadResult LaunchSpecJson::read(const QJsonObject &object)
{
    ReadResult result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const std::optional<SpecField> field = SpecFields::fromKey(key);
        if (!field) {
            result.errorField = key;
            result.error = tr("Unknown field \"%1\".").arg(key);
            return result;
        }
        const SpecFieldInfo &info = SpecFields::info(*field);
        if (info.secret) {
            result.passwordDropped = true;
            continue;
        }
        const QVariant value = fromJson(it.value(), info.kind);
        if (!value.isValid() || !info.set(result.spec, value)) {
            result.errorField = key;
            result.error = tr("Field \"%1\" must be %2.").arg(key, kindName(info.kind));
            return result;
        }
    }
    return result;
}
