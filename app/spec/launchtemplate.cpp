// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "spec/launchtemplate.h"

#include "catalog/catalog.h"
#include "spec/launchspecjson.h"
#include "spec/specfields.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
const QString FormatKey = QStringLiteral("format");
const QString VersionKey = QStringLiteral("version");
const QString SpecKey = QStringLiteral("spec");

// Version 1 knew API 2.0's disks only. What a version-1 launch sent on API 3.0 becomes explicit:
// its data disk under the catalog's API 3.0 name (Catalog::v3DiskType), and the system disk type
// the service used to choose. Returns the sentence that says so; empty when nothing changed.
QString migrateFromVersion1(const QJsonObject &specJson, LaunchSpec &spec)
{
    QStringList changes;
    if (!specJson.contains(SpecFields::key(SpecField::SystemDiskType))) {
        changes << LaunchTemplate::tr("the system disk is %1 (version 1 left the type to the "
                                      "service)")
                       .arg(spec.systemDiskType);
    }
    if (spec.storageSize > 0 && !specJson.contains(SpecFields::key(SpecField::DataDisks))) {
        const QString type = Catalog::builtIn().v3DiskType(spec.storageType);
        if (!type.isEmpty()) {
            spec.dataDisks = {DataDisk{type, spec.storageSize}};
            changes << LaunchTemplate::tr("the data disk (storageType %1, %2 GB) is listed for "
                                          "API 3.0 as %3")
                           .arg(spec.storageType)
                           .arg(spec.storageSize)
                           .arg(type);
        } else {
            changes << LaunchTemplate::tr("the data disk (storageType %1) has no API 3.0 type "
                                          "and was not carried over")
                           .arg(spec.storageType);
        }
    }
    if (changes.isEmpty())
        return {};
    return LaunchTemplate::tr("This template is format version 1 and was brought up to version "
                              "%1: %2. Check the Storage step; saving the template keeps it in "
                              "the new format.")
        .arg(LaunchTemplate::CurrentVersion)
        .arg(changes.join(QStringLiteral("; ")));
}
} // namespace

QByteArray LaunchTemplate::serialize(const LaunchSpec &spec)
{
    QJsonObject root;
    root.insert(FormatKey, FormatName);
    root.insert(VersionKey, CurrentVersion);
    root.insert(SpecKey, LaunchSpecJson::write(spec.withoutSecrets()));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

LaunchTemplate::LoadResult LaunchTemplate::parse(const QByteArray &data)
{
    LoadResult result;
    if (data.size() > MaxFileSize) {
        result.error = tr("The template is larger than %1 KiB; it cannot be a launch template.")
                           .arg(MaxFileSize / 1024);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("The template is not valid JSON (%1 at byte %2); it may be truncated "
                          "or damaged.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!doc.isObject()) {
        result.error = tr("The template must be a JSON object.");
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(FormatKey).toString() != FormatName) {
        result.errorField = FormatKey;
        result.error = tr("This file is not a CVM Launcher template (\"format\" must be \"%1\").")
                           .arg(FormatName);
        return result;
    }
    const QJsonValue version = root.value(VersionKey);
    if (!version.isDouble() || version.toDouble() != version.toInt() || version.toInt() < 1) {
        result.errorField = VersionKey;
        result.error = tr("The template's \"version\" must be a positive whole number.");
        return result;
    }
    if (version.toInt() > CurrentVersion) {
        result.errorField = VersionKey;
        result.error = tr("The template was written by a newer CVM Launcher (format version %1; "
                          "this one reads up to %2). Update CVM Launcher to open it.")
                           .arg(version.toInt())
                           .arg(CurrentVersion);
        return result;
    }
    const QJsonValue spec = root.value(SpecKey);
    if (!spec.isObject()) {
        result.errorField = SpecKey;
        result.error = tr("The template has no \"spec\" object.");
        return result;
    }
    const LaunchSpecJson::ReadResult read = LaunchSpecJson::read(spec.toObject());
    if (!read.ok()) {
        result.errorField = read.errorField;
        result.error = read.error;
        return result;
    }
    result.spec = read.spec;
    QStringList notices;
    if (read.passwordDropped) {
        notices << tr("The template contained a password. Passwords are never kept in "
                      "templates, so it was ignored: enter it again in the wizard.");
    }
    if (version.toInt() == 1) {
        const QString migrated = migrateFromVersion1(spec.toObject(), result.spec);
        if (!migrated.isEmpty())
            notices << migrated;
    }
    result.notice = notices.join(QLatin1Char('\n'));
    return result;
}

LaunchTemplate::LoadResult LaunchTemplate::loadFile(const QString &path)
{
    LoadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot open the template \"%1\": %2").arg(path, file.errorString());
        return result;
    }
    // Read one byte past the limit instead of trusting size(): pipes and special files have none.
    const QByteArray data = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("Cannot read the template \"%1\": %2").arg(path, file.errorString());
        return result;
    }
    return parse(data);
}

QString LaunchTemplate::saveFile(const QString &path, const LaunchSpec &spec)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write the template \"%1\": %2").arg(path, file.errorString());
    }
    file.write(serialize(spec));
    if (!file.commit()) {
        return tr("Cannot save the template \"%1\": %2").arg(path, file.errorString());
    }
    return {};
}
