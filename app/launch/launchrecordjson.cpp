// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/launchrecordjson.h"

#include "spec/launchspecjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

#include <cmath>
#include <optional>

namespace {

const QString FormatName = QStringLiteral("cvm-launcher-journal");
constexpr int FormatVersion = 1;

struct StateName
{
    BatchRecord::State state;
    const char *name;
};

constexpr StateName StateNames[] = {
    {BatchRecord::State::Planned, "planned"},
    {BatchRecord::State::Sent, "sent"},
    {BatchRecord::State::Answered, "answered"},
    {BatchRecord::State::Failed, "failed"},
    // Added after the first release: older journals never hold it and still load.
    {BatchRecord::State::Unconfirmed, "unconfirmed"},
};

std::optional<BatchRecord::State> stateFromName(const QString &name)
{
    for (const StateName &entry : StateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

// A short string, or nothing when the value is not a string or too long.
std::optional<QString> text(const QJsonObject &object, const QString &key, bool required = true)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return QString();
    if (!value.isString() || value.toString().size() > LaunchRecordJson::MaxTextLength)
        return std::nullopt;
    return value.toString();
}

QString wrong(const QString &key)
{
    return LaunchRecordJson::tr("The journal entry has a missing or invalid \"%1\".").arg(key);
}

QString readBatch(const QJsonValue &value, BatchRecord &batch)
{
    if (!value.isObject())
        return wrong(QStringLiteral("batches"));
    const QJsonObject object = value.toObject();

    const QJsonValue count = object.value(QLatin1String("count"));
    if (!count.isDouble() || count.toDouble() != count.toInt() || count.toInt() < 1 ||
        count.toInt() > LaunchRecordJson::MaxBatchSize)
        return wrong(QStringLiteral("count"));
    batch.count = count.toInt();

    const auto token = text(object, QStringLiteral("clientToken"));
    if (!token || token->isEmpty() || token->size() > LaunchRecordJson::MaxTokenLength)
        return wrong(QStringLiteral("clientToken"));
    batch.clientToken = *token;

    const auto stateText = text(object, QStringLiteral("state"));
    const auto state = stateText ? stateFromName(*stateText) : std::nullopt;
    if (!state)
        return wrong(QStringLiteral("state"));
    batch.state = *state;

    const QJsonValue ids = object.value(QLatin1String("instanceIds"));
    if (!ids.isUndefined()) {
        if (!ids.isArray() || ids.toArray().size() > LaunchRecordJson::MaxBatchSize)
            return wrong(QStringLiteral("instanceIds"));
        for (const QJsonValue id : ids.toArray()) {
            if (!id.isString() || id.toString().isEmpty() ||
                id.toString().size() > LaunchRecordJson::MaxTokenLength)
                return wrong(QStringLiteral("instanceIds"));
            batch.instanceIds << id.toString();
        }
    }
    const auto error = text(object, QStringLiteral("error"), false);
    if (!error)
        return wrong(QStringLiteral("error"));
    batch.error = *error;
    return {};
}

} // namespace

QString LaunchRecordJson::stateName(BatchRecord::State state)
{
    for (const StateName &entry : StateNames) {
        if (entry.state == state)
            return QLatin1String(entry.name);
    }
    return {};
}

QByteArray LaunchRecordJson::write(const LaunchRecord &record)
{
    QJsonArray batches;
    for (const BatchRecord &batch : record.batches) {
        QJsonObject object{{QStringLiteral("count"), batch.count},
                           {QStringLiteral("clientToken"), batch.clientToken},
                           {QStringLiteral("state"), stateName(batch.state)}};
        if (!batch.instanceIds.isEmpty())
            object.insert(QStringLiteral("instanceIds"),
                          QJsonArray::fromStringList(batch.instanceIds));
        if (!batch.error.isEmpty())
            object.insert(QStringLiteral("error"), batch.error);
        batches.append(object);
    }
    QJsonObject launch{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("createdAt"), record.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("profileId"), record.profileId},
        {QStringLiteral("needsPassword"), record.needsPassword},
        {QStringLiteral("passwordsRemoved"), record.passwordsRemoved},
        {QStringLiteral("spec"), LaunchSpecJson::write(record.spec)},
        {QStringLiteral("batches"), batches}};
    if (!record.region.isEmpty())
        launch.insert(QStringLiteral("region"), record.region);
    // Both optional, added after the first release: older readers ignore unknown keys and older
    // journals simply lack them (no price recorded, not archived), so the version stays 1.
    if (record.pricePerInstanceHour)
        launch.insert(QStringLiteral("pricePerInstanceHour"), *record.pricePerInstanceHour);
    if (record.archived)
        launch.insert(QStringLiteral("archived"), true);
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("launch"), launch}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

LaunchRecordJson::ReadResult LaunchRecordJson::read(const QByteArray &bytes)
{
    ReadResult result;
    if (bytes.size() > MaxFileSize) {
        result.error = tr("The journal entry is larger than %1 MiB.").arg(MaxFileSize >> 20);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error =
            tr("The journal entry is not valid JSON (%1).").arg(parseError.errorString());
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != FormatName) {
        result.error = tr("The file is not a CVM Launcher journal entry.");
        return result;
    }
    if (root.value(QLatin1String("version")).toInt(-1) != FormatVersion) {
        result.error = tr("The journal entry has an unsupported version; it may come from a newer "
                          "CVM Launcher.");
        return result;
    }
    const QJsonValue launchValue = root.value(QLatin1String("launch"));
    if (!launchValue.isObject()) {
        result.error = wrong(QStringLiteral("launch"));
        return result;
    }
    const QJsonObject launch = launchValue.toObject();
    LaunchRecord &record = result.record;

    const auto id = text(launch, QStringLiteral("id"));
    if (!id || QUuid::fromString(*id).isNull()) {
        result.error = wrong(QStringLiteral("id"));
        return result;
    }
    record.id = *id;
    const auto created = text(launch, QStringLiteral("createdAt"));
    record.createdAt = created ? QDateTime::fromString(*created, Qt::ISODateWithMs) : QDateTime();
    if (!record.createdAt.isValid()) {
        result.error = wrong(QStringLiteral("createdAt"));
        return result;
    }
    const auto profile = text(launch, QStringLiteral("profileId"));
    if (!profile) {
        result.error = wrong(QStringLiteral("profileId"));
        return result;
    }
    record.profileId = *profile;
    // Absent in journals written before the region was recorded (LaunchRecord::region).
    const auto region = text(launch, QStringLiteral("region"), false);
    if (!region) {
        result.error = wrong(QStringLiteral("region"));
        return result;
    }
    record.region = *region;
    const QJsonValue needsPassword = launch.value(QLatin1String("needsPassword"));
    if (!needsPassword.isBool()) {
        result.error = wrong(QStringLiteral("needsPassword"));
        return result;
    }
    record.needsPassword = needsPassword.toBool();
    // Absent in journals written before start-up sweeps existed: those may still hold entries.
    const QJsonValue removed = launch.value(QLatin1String("passwordsRemoved"));
    if (!removed.isUndefined() && !removed.isBool()) {
        result.error = wrong(QStringLiteral("passwordsRemoved"));
        return result;
    }
    record.passwordsRemoved = removed.toBool(false);
    // Absent in journals written before prices were recorded, or when there was no quote.
    const QJsonValue price = launch.value(QLatin1String("pricePerInstanceHour"));
    if (!price.isUndefined() &&
        (!price.isDouble() || !std::isfinite(price.toDouble()) || price.toDouble() < 0)) {
        result.error = wrong(QStringLiteral("pricePerInstanceHour"));
        return result;
    }
    if (price.isDouble())
        record.pricePerInstanceHour = price.toDouble();
    const QJsonValue archived = launch.value(QLatin1String("archived"));
    if (!archived.isUndefined() && !archived.isBool()) {
        result.error = wrong(QStringLiteral("archived"));
        return result;
    }
    record.archived = archived.toBool(false);

    const QJsonValue spec = launch.value(QLatin1String("spec"));
    if (!spec.isObject()) {
        result.error = wrong(QStringLiteral("spec"));
        return result;
    }
    const LaunchSpecJson::ReadResult specRead = LaunchSpecJson::read(spec.toObject());
    if (!specRead.ok()) {
        result.error = specRead.error;
        return result;
    }
    record.spec = specRead.spec; // a password, if someone wrote one in, has been dropped

    const QJsonValue batches = launch.value(QLatin1String("batches"));
    if (!batches.isArray() || batches.toArray().isEmpty() ||
        batches.toArray().size() > MaxBatches) {
        result.error = wrong(QStringLiteral("batches"));
        return result;
    }
    for (const QJsonValue value : batches.toArray()) {
        BatchRecord batch;
        const QString error = readBatch(value, batch);
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
        record.batches << batch;
    }
    return result;
}
