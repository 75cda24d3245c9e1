// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/endpointcheck.h"

#include <QHostAddress>

bool EndpointCheck::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

EndpointCheck::Result EndpointCheck::check(const QString &text)
{
    Result result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        result.error = tr("“%1” is not a web address. Enter one such as "
                          "https://cvm.tencentcloudapi.com or http://127.0.0.1:8080, or leave it "
                          "empty to use Tencent Cloud's own servers.")
                           .arg(trimmed);
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.error = tr("The address must not contain a user name or password: keys belong in "
                          "the SecretId and SecretKey fields.");
        return result;
    }
    if (url.hasQuery() || url.hasFragment()) {
        result.error = tr("The address must not contain “?” or “#” parts; enter only the scheme, "
                          "host, port and path.");
        return result;
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        result.error = tr("Plain http is allowed only to this computer (127.0.0.1, ::1 or "
                          "localhost): keys and passwords would cross the network unencrypted. "
                          "Use https://%1 instead.")
                           .arg(url.authority());
        return result;
    }
    result.url = url;
    return result;
}
