// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Feeds arbitrary API 2.0 requests to the sandbox's request handling, without sockets: the
// protocol layer (parameter parsing, SecretId, signature, Timestamp and Nonce checks, then the
// actions, which read the parameters into a LaunchSpec and validate it) is called directly.
//
// Input: the first byte holds flags, the rest is a form (the query of a GET, or the body of a
// POST). Flag 1: POST instead of GET. Flag 2: before it is handled, the request is made
// authentic, the way a client would send it: the sandbox's SecretId, a fresh Timestamp and
// Nonce, and the right Signature; only then do the parsers past the checks see fuzzed values.
// The answer must always be HTTP 200 with a JSON object holding an integer code, and an
// authentic request must never be refused for its signature, SecretId or as a replay.
#include "catalog/catalog.h"
#include "sandbox/faultinjector.h"
#include "sandbox/instancestore.h"
#include "sandbox/sandboxaccounts.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/v2/v2cvmactions.h"
#include "sandbox/v2/v2params.h"
#include "sandbox/v2/v2protocol.h"
#include "sandbox/v2/v2reply.h"
#include "sandbox/v2/v2resourceactions.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const QString Host = QStringLiteral("127.0.0.1:8080");

struct Sandbox
{
    SandboxAccounts accounts;
    FaultInjector faults;
    InstanceStore store{&faults};
    V2Protocol protocol{&accounts, &Catalog::builtIn()}; // no rate limit: every input is read
    V2CvmActions cvm{&store, &Catalog::builtIn()};
    V2ResourceActions resources{&Catalog::builtIn()};

    Sandbox()
    {
        accounts.add(SandboxAccounts::DefaultSecretId, SandboxAccounts::DefaultSecretKey);
        cvm.registerWith(protocol);
        resources.registerWith(protocol);
    }
};

QByteArray formEncode(const V2Signer::Parameters &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

// Replaces the credentials of a request with valid ones and signs it as V2Encoder would.
void authenticate(SandboxRequest &request, qint64 nonce)
{
    V2Signer::Parameters params = V2Params::parse(request).forSigning();
    params.removeIf([](const auto &entry) {
        const QString name = V2Signer::signedName(entry.first);
        return name == QLatin1String("SecretId") || name == QLatin1String("Timestamp") ||
               name == QLatin1String("Nonce") || name == QLatin1String("Signature");
    });
    params.append({QStringLiteral("SecretId"), SandboxAccounts::DefaultSecretId});
    params.append(
        {QStringLiteral("Timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())});
    params.append({QStringLiteral("Nonce"), QString::number(nonce)});
    const QString method = V2Params::parse(request).value(QStringLiteral("SignatureMethod"));
    const QString signature =
        V2Signer::signature(V2Signer::stringToSign(request.method, Host + request.path, params),
                            SandboxAccounts::DefaultSecretKey, V2Signer::algorithmFor(method));
    params.append({QStringLiteral("Signature"), signature});
    if (request.method == "GET")
        request.rawQuery = formEncode(params);
    else
        request.body = formEncode(params);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // A fresh sandbox for every input, so that a crash replays from its input alone.
    Sandbox sandbox;
    const bool post = data[0] & 1;
    const bool authentic = data[0] & 2;
    const QByteArray form(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    SandboxRequest request;
    request.method = post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    request.path = V2Protocol::Path;
    request.host = Host;
    if (post) {
        request.headers.append({QByteArrayLiteral("Content-Type"),
                                QByteArrayLiteral("application/x-www-form-urlencoded")});
        request.body = form;
    } else {
        request.rawQuery = form;
    }
    if (authentic)
        authenticate(request, 11886);

    const SandboxReply reply = sandbox.protocol.handle(request);
    if (reply.httpStatus != 200)
        std::abort();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        std::abort();
    const QJsonValue code = doc.object().value(QLatin1String("code"));
    if (!code.isDouble())
        std::abort();
    if (authentic && (code.toInt() == V2Reply::AuthFailure ||
                      code.toInt() == V2Reply::SecretIdNotFound || code.toInt() == V2Reply::Replay))
        std::abort();
    return 0;
}
