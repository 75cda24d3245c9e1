// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/tcclicommand.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringList>

#include <utility>

namespace {

QString shellWord(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._:/@=+,-]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

void unfold(const QString &path, const QJsonValue &value, QStringList *options)
{
    if (path == QLatin1String("ClientToken"))
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            unfold(path.isEmpty() ? it.key() : path + u'.' + it.key(), it.value(), options);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            unfold(path + u'.' + QString::number(i), array.at(i), options);
        return;
    }
    QString text;
    if (path == QLatin1String("LoginSettings.Password"))
        text = TccliCommand::PasswordPlaceholder;
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 17);
    else if (value.isString())
        text = value.toString();
    else
        return; // null: not sent
    *options << QStringLiteral("--%1 %2").arg(path, shellWord(text));
}

} // namespace

QString TccliCommand::build(const QString &service, const QString &action, const QString &region,
                            const QJsonObject &body)
{
    QStringList options;
    unfold(QString(), body, &options);
    QStringList lines{QStringLiteral("tccli %1 %2 --cli-unfold-argument --region %3")
                          .arg(service, action, shellWord(region))};
    for (const QString &option : std::as_const(options))
        lines << QStringLiteral("    ") + option;
    return lines.join(QStringLiteral(" \\\n"));
}
