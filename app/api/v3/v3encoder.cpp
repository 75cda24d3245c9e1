// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v3/v3encoder.h"

#include "api/v3/tc3signer.h"

QUrl V3Encoder::endpoint(const QString &service, const ApiConfig &config)
{
    if (config.endpoint.isEmpty()) {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(service + QStringLiteral(".tencentcloudapi.com"));
        url.setPath(QStringLiteral("/"));
        return url;
    }
    QUrl url = config.endpoint;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString V3Encoder::hostHeader(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int defaultPort = url.scheme().toLower() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += u':' + QString::number(url.port());
    return host;
}

TransportRequest V3Encoder::encode(const V3Request &request, const ApiConfig &config,
                                   qint64 timestamp)
{
    TransportRequest out;
    out.url = endpoint(request.service, config);
    out.method = QByteArrayLiteral("POST");
    out.contentType = Tc3Signer::JsonContentType;
    out.body = request.body;
    out.action = request.action;

    const QString host = hostHeader(out.url);
    const Tc3Signer::Headers signedHeaders = {{QByteArrayLiteral("content-type"), out.contentType},
                                              {QByteArrayLiteral("host"), host.toUtf8()}};
    const QByteArray canonical =
        Tc3Signer::canonicalRequest(out.method, out.url.path(QUrl::FullyEncoded).toUtf8(),
                                    QByteArray(), signedHeaders, out.body);
    const QByteArray signature =
        Tc3Signer::signature(config.secretKey, timestamp, request.service,
                             Tc3Signer::stringToSign(timestamp, request.service, canonical));

    out.headers = {
        {QByteArrayLiteral("Host"), host.toUtf8()},
        {QByteArrayLiteral("X-TC-Action"), request.action.toUtf8()},
        {QByteArrayLiteral("X-TC-Version"), V3Request::Version.toUtf8()},
        {QByteArrayLiteral("X-TC-Timestamp"), QByteArray::number(timestamp)},
        {QByteArrayLiteral("X-TC-Region"), config.region.toUtf8()},
    };
    if (!config.token.isEmpty())
        out.headers.append({QByteArrayLiteral("X-TC-Token"), config.token.toUtf8()});
    if (!config.language.isEmpty())
        out.headers.append({QByteArrayLiteral("X-TC-Language"), config.language.toUtf8()});
    out.headers.append(
        {QByteArrayLiteral("Authorization"),
         Tc3Signer::authorizationHeader(config.secretId, timestamp, request.service,
                                        Tc3Signer::signedHeaderNames(signedHeaders), signature)});
    return out;
}
