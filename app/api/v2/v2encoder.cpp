// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/v2/v2encoder.h"

#include <QRandomGenerator>

#include <limits>

QUrl V2Encoder::endpoint(V2Request::Module module, const ApiConfig &config)
{
    if (config.endpoint.isEmpty()) {
        const char *host = module == V2Request::Module::Image ? "image.api.qcloud.com"
                           : module == V2Request::Module::Vpc ? "vpc.api.qcloud.com"
                                                              : "cvm.api.qcloud.com";
        return QUrl(QStringLiteral("https://") + QLatin1String(host) +
                    QStringLiteral("/v2/index.php"));
    }
    QUrl url = config.endpoint;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/v2/index.php"));
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString());
    return url;
}

QString V2Encoder::signedHostAndPath(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']';
    // Qt leaves the scheme's default port out of the Host header; so must the signature.
    const int defaultPort = url.scheme().toLower() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += u':' + QString::number(url.port());
    return host + url.path(QUrl::FullyEncoded);
}

QByteArray V2Encoder::formEncode(const V2Signer::Parameters &parameters)
{
    QByteArray body;
    for (const auto &[name, value] : parameters) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

quint32 V2Encoder::freshNonce()
{
    return QRandomGenerator::system()->bounded(1u, quint32(std::numeric_limits<qint32>::max()));
}

TransportRequest V2Encoder::encode(const V2Request &request, const ApiConfig &config,
                                   qint64 timestamp, quint32 nonce)
{
    V2Signer::Parameters params;
    params.reserve(request.parameters.size() + 8);
    params.append({QStringLiteral("Action"), request.action});
    params.append(
        {QStringLiteral("Region"), request.region.isEmpty() ? config.region : request.region});
    params.append({QStringLiteral("SecretId"), config.secretId});
    const QString method =
        config.signatureMethod.isEmpty() ? QStringLiteral("HmacSHA256") : config.signatureMethod;
    params.append({QStringLiteral("SignatureMethod"), method});
    params.append({QStringLiteral("Timestamp"), QString::number(timestamp)});
    params.append({QStringLiteral("Nonce"), QString::number(nonce)});
    if (!config.token.isEmpty())
        params.append({QStringLiteral("Token"), config.token});
    params.append(request.parameters);

    TransportRequest out;
    out.url = endpoint(request.module, config);
    out.method = "POST";
    out.action = request.action;
    const QByteArray toSign =
        V2Signer::stringToSign(out.method, signedHostAndPath(out.url), params);
    params.append({QStringLiteral("Signature"),
                   V2Signer::signature(toSign, config.secretKey, V2Signer::algorithmFor(method))});
    out.body = formEncode(params);
    return out;
}
