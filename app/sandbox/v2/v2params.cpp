// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v2/v2params.h"

#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace {

QString formDecode(QByteArray bytes)
{
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

V2Params V2Params::parse(const SandboxRequest &request)
{
    V2Params params;
    QByteArray encoded;
    if (request.method == "GET") {
        encoded = request.rawQuery;
    } else if (request.method == "POST" && request.header(QByteArrayLiteral("Content-Type"))
                                               .trimmed()
                                               .toLower()
                                               .startsWith("application/x-www-form-urlencoded")) {
        encoded = request.body;
    }
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = formDecode(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : formDecode(pair.mid(equals + 1));
        if (name.isEmpty())
            continue;
        // A repeated name keeps its last value, as PHP does.
        const QString key = V2Signer::signedName(name);
        if (params.m_values.contains(key)) {
            params.m_raw.removeIf(
                [&](const auto &entry) { return V2Signer::signedName(entry.first) == key; });
        }
        params.m_raw.append({name, value});
        params.m_values.insert(key, value);
    }
    return params;
}

V2Signer::Parameters V2Params::forSigning() const
{
    V2Signer::Parameters result = m_raw;
    result.removeIf([](const auto &entry) { return entry.first == QLatin1String("Signature"); });
    return result;
}

QStringList V2Params::list(const QString &name) const
{
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(name) + QStringLiteral("\\.(\\d{1,6})")));
    std::map<int, QString> byIndex;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const auto match = pattern.match(it.key());
        if (match.hasMatch())
            byIndex[match.captured(1).toInt()] = it.value();
    }
    QStringList result;
    for (const auto &entry : byIndex)
        result << entry.second;
    return result;
}

std::optional<int> V2Params::integer(const QString &name, int fallback, int min, int max,
                                     QString *error) const
{
    if (!contains(name))
        return fallback;
    const QString text = value(name);
    static const QRegularExpression wholeNumber(QStringLiteral("^-?[0-9]{1,10}$"));
    bool ok = wholeNumber.match(text).hasMatch();
    const qint64 number = ok ? text.toLongLong(&ok) : 0;
    if (!ok || number < min || number > max) {
        *error = tr("Invalid parameter %1: \"%2\" is not a whole number from %3 to %4.")
                     .arg(name, text)
                     .arg(min)
                     .arg(max);
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<qint64> V2Params::integer64(const QString &name, QString *error) const
{
    const QString text = value(name);
    static const QRegularExpression wholeNumber(QStringLiteral("^[0-9]{1,18}$"));
    if (!wholeNumber.match(text).hasMatch()) {
        *error =
            contains(name)
                ? tr("Invalid parameter %1: \"%2\" is not a positive whole number.").arg(name, text)
                : tr("Missing required parameter %1.").arg(name);
        return std::nullopt;
    }
    return text.toLongLong();
}

std::optional<QString> V2Params::required(const QString &name, QString *error) const
{
    if (!contains(name) || value(name).isEmpty()) {
        *error = tr("Missing required parameter %1.").arg(name);
        return std::nullopt;
    }
    return value(name);
}
