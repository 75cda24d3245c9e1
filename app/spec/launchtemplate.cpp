// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "spec/launchtemplate.h"

#include "spec/launchspecjson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
const QString FormatKey = QStringLiteral("format");
const QString VersionKey = QStringLiteral("version");
const QString SpecKey = QStringLiteral("spec");
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
    if (read.passwordDropped) {
        result.notice = tr("The template contained a password. Passwords are never kept in "
                           "templates, so it was ignored: enter it again in the wizard.");
    }
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
