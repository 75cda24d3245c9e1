// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3params.h"

#include <QJsonArray>

#include <limits>

std::optional<int> V3Params::integer(const QJsonObject &body, const QString &name, int fallback,
                                     int min, int max, QString *error)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return fallback;
    bool ok = false;
    qint64 number = 0;
    if (value.isDouble()) {
        const double d = value.toDouble();
        ok = d == double(qint64(d));
        number = qint64(d);
    } else if (value.isString()) {
        number = value.toString().toLongLong(&ok);
    }
    if (!ok || number < min || number > max) {
        *error = tr("Invalid parameter %1: expected a whole number from %2 to %3.")
                     .arg(name)
                     .arg(min)
                     .arg(max);
        return std::nullopt;
    }
    return int(number);
}

std::optional<int> V3Params::limit(const QJsonObject &body, QString *code, QString *error)
{
    constexpr int MaxLimit = 100;
    const auto limit =
        integer(body, QStringLiteral("Limit"), 20, 1, std::numeric_limits<int>::max(), error);
    if (limit && *limit <= MaxLimit)
        return limit;
    if (limit) {
        *code = QStringLiteral("InvalidParameterValue.LimitExceeded");
        *error = tr("Invalid parameter Limit: %1 is over the maximum of %2 per request; page "
                    "with Offset.")
                     .arg(*limit)
                     .arg(MaxLimit);
    } else {
        *code = QStringLiteral("InvalidParameterValue");
    }
    return std::nullopt;
}

std::optional<QStringList> V3Params::strings(const QJsonObject &body, const QString &name,
                                             QString *error)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    QStringList list;
    bool ok = value.isArray();
    for (const QJsonValue item : value.toArray()) {
        ok = ok && item.isString();
        list.append(item.toString());
    }
    if (!ok) {
        *error = tr("Invalid parameter %1: expected a list of strings.").arg(name);
        return std::nullopt;
    }
    return list;
}

QStringList V3Params::filter(const QJsonObject &body, const QString &name)
{
    QStringList values;
    for (const QJsonValue item : body.value(QLatin1String("Filters")).toArray()) {
        const QJsonObject filter = item.toObject();
        if (filter.value(QLatin1String("Name")).toString() != name)
            continue;
        for (const QJsonValue value : filter.value(QLatin1String("Values")).toArray())
            values.append(value.toString());
    }
    return values;
}
