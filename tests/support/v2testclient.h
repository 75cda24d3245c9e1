// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/v2/v2signer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <optional>

// How a V2TestClient request is made, and what it gets wrong on purpose.
struct V2TestOptions
{
    QByteArray method = "POST";
    V2Signer::Algorithm algorithm = V2Signer::Algorithm::HmacSHA256;
    std::optional<qint64> timestamp; // default: now
    std::optional<qint64> nonce;     // default: random
    QString region = QStringLiteral("ap-guangzhou");
    std::optional<QString> secretKey;  // sign with another key
    std::optional<QString> signedHost; // sign for another host than the one addressed
    QByteArray extraQuery;             // POST: appended to the URL (must be ignored)
    int timeoutMs = 10000;
};

// A deliberately small API 2.0 client for tests of the sandbox: signs like the official SDKs,
// sends over a real QNetworkAccessManager and waits for the answer (tests only). Every knob a
// test needs to get a request wrong on purpose is an option.
class V2TestClient
{
public:
    using Options = V2TestOptions;
    struct Answer
    {
        bool finished = false; // false: no answer within the timeout
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int httpStatus = 0;
        QByteArray body;
        QJsonObject json; // empty when the body is not a JSON object
        bool isJson = false;

        int code() const { return json.value(QLatin1String("code")).toInt(-99999); }
        QString message() const { return json.value(QLatin1String("message")).toString(); }
    };

    V2TestClient(const QUrl &endpoint, const QString &secretId, const QString &secretKey);

    Answer call(const QString &action, const V2Signer::Parameters &parameters = {},
                const Options &options = Options());
    // The raw request, built and signed but not sent: for replays.
    QNetworkReply *send(const QString &action, const V2Signer::Parameters &parameters,
                        const Options &options, QByteArray *encodedOut = nullptr);
    Answer wait(QNetworkReply *reply, int timeoutMs);

    QNetworkAccessManager &network() { return m_network; }

private:
    QUrl m_endpoint;
    QString m_secretId;
    QString m_secretKey;
    QNetworkAccessManager m_network;
};
