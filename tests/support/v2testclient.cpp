// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "v2testclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUrlQuery>

V2TestClient::V2TestClient(const QUrl &endpoint, const QString &secretId, const QString &secretKey)
    : m_endpoint(endpoint)
    , m_secretId(secretId)
    , m_secretKey(secretKey)
{
    // Loopback only: a proxy from the environment must not get in between.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

QNetworkReply *V2TestClient::send(const QString &action, const V2Signer::Parameters &parameters,
                                  const Options &options, QByteArray *encodedOut)
{
    V2Signer::Parameters all = parameters;
    all.append({QStringLiteral("Action"), action});
    all.append({QStringLiteral("Region"), options.region});
    all.append({QStringLiteral("SecretId"), m_secretId});
    all.append({QStringLiteral("Timestamp"),
                QString::number(options.timestamp.value_or(QDateTime::currentSecsSinceEpoch()))});
    all.append(
        {QStringLiteral("Nonce"), QString::number(options.nonce.value_or(
                                      QRandomGenerator::global()->bounded(1, 2'000'000'000)))});
    if (options.algorithm == V2Signer::Algorithm::HmacSHA256)
        all.append({QStringLiteral("SignatureMethod"), QStringLiteral("HmacSHA256")});

    const QString host = QStringLiteral("%1:%2").arg(m_endpoint.host()).arg(m_endpoint.port());
    const QString path = QStringLiteral("/v2/index.php");
    const QByteArray toSign =
        V2Signer::stringToSign(options.method, options.signedHost.value_or(host) + path, all);
    all.append(
        {QStringLiteral("Signature"),
         V2Signer::signature(toSign, options.secretKey.value_or(m_secretKey), options.algorithm)});

    QByteArray encoded;
    for (const auto &[name, value] : all) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    if (encodedOut)
        *encodedOut = encoded;

    QUrl url = m_endpoint;
    url.setPath(path);
    if (options.method == "GET") {
        url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
        return m_network.get(QNetworkRequest(url));
    }
    if (!options.extraQuery.isEmpty())
        url.setQuery(QString::fromLatin1(options.extraQuery), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    return m_network.post(request, encoded);
}

V2TestClient::Answer V2TestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    Answer answer;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    answer.finished = reply->isFinished() || finished.wait(timeoutMs);
    if (!answer.finished) {
        reply->abort();
        reply->deleteLater();
        return answer;
    }
    answer.error = reply->error();
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    const QJsonDocument document = QJsonDocument::fromJson(answer.body);
    answer.isJson = document.isObject();
    answer.json = document.object();
    reply->deleteLater();
    return answer;
}

V2TestClient::Answer V2TestClient::call(const QString &action,
                                        const V2Signer::Parameters &parameters,
                                        const Options &options)
{
    return wait(send(action, parameters, options), options.timeoutMs);
}
