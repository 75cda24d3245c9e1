// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/transport.h"

#include "version.h"

#include <QHostAddress>

bool Transport::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

std::optional<ApiError> Transport::checkUrl(const QUrl &url, const QString &action)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return ApiErrorFactory::refused(
            action, tr("The address \"%1\" is not a valid URL; check the endpoint of this "
                       "profile.")
                        .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return std::nullopt;
        return ApiErrorFactory::refused(
            action, tr("Plain http is only allowed to this computer (loopback); use "
                       "https for %1.")
                        .arg(url.host()));
    }
    return ApiErrorFactory::refused(
        action, tr("The scheme \"%1\" is not supported; use https.").arg(url.scheme()));
}

QByteArray Transport::userAgent()
{
    return QByteArrayLiteral("CVM-Launcher/" CVM_VERSION_STRING);
}
