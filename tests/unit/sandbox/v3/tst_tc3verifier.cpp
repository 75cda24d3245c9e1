// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/tc3verifier.h"

#include <QTest>

class TestTc3Verifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsOwnSignature();
    void acceptsTheOfficialExample();
    void rejectsWrongKey();
    void rejectsTamperedBody();
    void rejectsOtherHost();
    void unknownSecretId();
    void expiryWindow_data();
    void expiryWindow();
    void credentialDateMustBeUtcDateOfTimestamp();
    void malformedAuthorization_data();
    void malformedAuthorization();
    void missingTimestamp();
    void signedExtraHeaderIsChecked();
    void headerNamesAreCaseInsensitive();
    void errorCodes();
};

namespace {
const QString Id = QStringLiteral("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE");
const QString Key = QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE");
const QString Host = QStringLiteral("127.0.0.1:8080");
const qint64 Now = 1551113065;
const QByteArray Body = QStringLiteral(R"({"InstanceIds":["ins-1"],"名":"值"})").toUtf8();

Tc3Verifier::KeyLookup keys()
{
    return [](const QString &secretId) -> std::optional<QString> {
        if (secretId == Id)
            return Key;
        return std::nullopt;
    };
}

Tc3Verifier::Request signedRequest(qint64 timestamp = Now, const QString &key = Key,
                                   const QString &service = QStringLiteral("cvm"))
{
    Tc3Verifier::Request request;
    request.host = Host;
    request.body = Body;
    request.headers = {
        {"Content-Type", Tc3Signer::JsonContentType},
        {"Host", Host.toUtf8()},
        {"X-TC-Action", "DescribeInstances"},
        {"X-TC-Timestamp", QByteArray::number(timestamp)},
        {"Authorization", Tc3Signer::authorizeJsonPost(Id, key, service, Host, timestamp, Body)},
    };
    return request;
}

void setHeader(Tc3Verifier::Request &request, const QByteArray &name, const QByteArray &value)
{
    for (auto &header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    request.headers.append({name, value});
}
} // namespace

void TestTc3Verifier::acceptsOwnSignature()
{
    const auto result = Tc3Verifier::verify(signedRequest(), keys(), Now);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.secretId, Id);
    QCOMPARE(result.service, QStringLiteral("cvm"));
    QVERIFY(result.errorCode().isEmpty());

    const auto vpc =
        Tc3Verifier::verify(signedRequest(Now, Key, QStringLiteral("vpc")), keys(), Now);
    QVERIFY(vpc.ok());
    QCOMPARE(vpc.service, QStringLiteral("vpc"));
}

void TestTc3Verifier::acceptsTheOfficialExample()
{
    Tc3Verifier::Request request;
    request.host = QStringLiteral("cvm.tencentcloudapi.com");
    request.body = QByteArrayLiteral(
        R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})");
    request.headers = {
        {"content-type", "application/json; charset=utf-8"},
        {"x-tc-timestamp", "1551113065"},
        {"authorization",
         "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/"
         "tc3_request, SignedHeaders=content-type;host, "
         "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168"}};
    const auto result = Tc3Verifier::verify(request, keys(), Now + 10);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestTc3Verifier::rejectsWrongKey()
{
    const auto result = Tc3Verifier::verify(
        signedRequest(Now, QStringLiteral("Gu5t9xGARNpq86cd98joQYCN3EXAMPLF")), keys(), Now);
    QCOMPARE(result.outcome, Tc3Verifier::Outcome::SignatureFailure);
    QCOMPARE(result.errorCode(), QStringLiteral("AuthFailure.SignatureFailure"));
    QVERIFY(!result.message.isEmpty());
}

void TestTc3Verifier::rejectsTamperedBody()
{
    auto request = signedRequest();
    request.body.replace("ins-1", "ins-2");
    QCOMPARE(Tc3Verifier::verify(request, keys(), Now).outcome,
             Tc3Verifier::Outcome::SignatureFailure);
}

void TestTc3Verifier::rejectsOtherHost()
{
    // Signed for 127.0.0.1:8080 but received on another address: the host is part of the proof.
    auto request = signedRequest();
    request.host = QStringLiteral("127.0.0.1:9090");
    QCOMPARE(Tc3Verifier::verify(request, keys(), Now).outcome,
             Tc3Verifier::Outcome::SignatureFailure);
}

void TestTc3Verifier::unknownSecretId()
{
    const auto result = Tc3Verifier::verify(
        signedRequest(), [](const QString &) { return std::optional<QString>(); }, Now);
    QCOMPARE(result.outcome, Tc3Verifier::Outcome::SecretIdNotFound);
    QCOMPARE(result.errorCode(), QStringLiteral("AuthFailure.SecretIdNotFound"));
    QCOMPARE(result.secretId, Id);
    QCOMPARE(Tc3Verifier::verify(signedRequest(), {}, Now).outcome,
             Tc3Verifier::Outcome::SecretIdNotFound);
}

void TestTc3Verifier::expiryWindow_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("now") << qint64(0) << true;
    QTest::newRow("5 minutes late") << qint64(-300) << true;
    QTest::newRow("5 minutes early") << qint64(300) << true;
    QTest::newRow("5 minutes 1 s late") << qint64(-301) << false;
    QTest::newRow("5 minutes 1 s early") << qint64(301) << false;
    QTest::newRow("8 hours (UTC+8 mistake)") << qint64(8 * 3600) << false;
}

void TestTc3Verifier::expiryWindow()
{
    QFETCH(qint64, skew);
    QFETCH(bool, accepted);
    const auto result = Tc3Verifier::verify(signedRequest(Now + skew), keys(), Now);
    QCOMPARE(result.ok(), accepted);
    if (!accepted) {
        QCOMPARE(result.outcome, Tc3Verifier::Outcome::SignatureExpire);
        QCOMPARE(result.errorCode(), QStringLiteral("AuthFailure.SignatureExpire"));
    }
}

void TestTc3Verifier::credentialDateMustBeUtcDateOfTimestamp()
{
    auto request = signedRequest();
    QByteArray authorization = Tc3Verifier::headerValue(request.headers, "Authorization");
    authorization.replace("2019-02-25", "2019-02-26");
    setHeader(request, "Authorization", authorization);
    QCOMPARE(Tc3Verifier::verify(request, keys(), Now).outcome,
             Tc3Verifier::Outcome::SignatureFailure);
}

void TestTc3Verifier::malformedAuthorization_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("absent") << QByteArray();
    QTest::newRow("v1 style") << QByteArray("HmacSHA256 abc");
    QTest::newRow("other algorithm")
        << QByteArray("AWS4-HMAC-SHA256 Credential=" + Id.toUtf8() +
                      "/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=00");
    QTest::newRow("no signature") << QByteArray("TC3-HMAC-SHA256 Credential=" + Id.toUtf8() +
                                                "/2019-02-25/cvm/tc3_request, "
                                                "SignedHeaders=content-type;host");
    QTest::newRow("short credential")
        << QByteArray("TC3-HMAC-SHA256 Credential=" + Id.toUtf8() +
                      "/2019-02-25, SignedHeaders=content-type;host, Signature=00");
    QTest::newRow("wrong terminator")
        << QByteArray("TC3-HMAC-SHA256 Credential=" + Id.toUtf8() +
                      "/2019-02-25/cvm/aws4_request, SignedHeaders=content-type;host, "
                      "Signature=00");
    QTest::newRow("host not signed")
        << QByteArray("TC3-HMAC-SHA256 Credential=" + Id.toUtf8() +
                      "/2019-02-25/cvm/tc3_request, SignedHeaders=content-type, Signature=00");
    QTest::newRow("signed header not sent")
        << QByteArray("TC3-HMAC-SHA256 Credential=" + Id.toUtf8() +
                      "/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host;x-tc-region, "
                      "Signature=00");
    QTest::newRow("garbage") << QByteArray("\x01\x02\xff==,,");
}

void TestTc3Verifier::malformedAuthorization()
{
    QFETCH(QByteArray, authorization);
    auto request = signedRequest();
    setHeader(request, "Authorization", authorization);
    const auto result = Tc3Verifier::verify(request, keys(), Now);
    QCOMPARE(result.outcome, Tc3Verifier::Outcome::InvalidAuthorization);
    QCOMPARE(result.errorCode(), QStringLiteral("AuthFailure.InvalidAuthorization"));
    QVERIFY(!result.message.isEmpty());
}

void TestTc3Verifier::missingTimestamp()
{
    auto request = signedRequest();
    setHeader(request, "X-TC-Timestamp", "soon");
    QCOMPARE(Tc3Verifier::verify(request, keys(), Now).outcome,
             Tc3Verifier::Outcome::SignatureFailure);
}

void TestTc3Verifier::signedExtraHeaderIsChecked()
{
    // Like the docs' example that also signs x-tc-action: changing the action must break it.
    Tc3Verifier::Request request = signedRequest();
    const Tc3Signer::Headers signedHeaders = {{"content-type", Tc3Signer::JsonContentType},
                                              {"host", Host.toUtf8()},
                                              {"x-tc-action", "DescribeInstances"}};
    const QByteArray canonical =
        Tc3Signer::canonicalRequest("POST", "/", {}, signedHeaders, request.body);
    const QByteArray signature =
        Tc3Signer::signature(Key, Now, QStringLiteral("cvm"),
                             Tc3Signer::stringToSign(Now, QStringLiteral("cvm"), canonical));
    setHeader(request, "Authorization",
              Tc3Signer::authorizationHeader(Id, Now, QStringLiteral("cvm"),
                                             Tc3Signer::signedHeaderNames(signedHeaders),
                                             signature));
    QVERIFY(Tc3Verifier::verify(request, keys(), Now).ok());

    setHeader(request, "X-TC-Action", "TerminateInstances");
    QCOMPARE(Tc3Verifier::verify(request, keys(), Now).outcome,
             Tc3Verifier::Outcome::SignatureFailure);
}

void TestTc3Verifier::headerNamesAreCaseInsensitive()
{
    auto request = signedRequest();
    for (auto &header : request.headers)
        header.first = header.first.toUpper();
    QVERIFY(Tc3Verifier::verify(request, keys(), Now).ok());
}

void TestTc3Verifier::errorCodes()
{
    Tc3Verifier::Result result;
    result.outcome = Tc3Verifier::Outcome::Ok;
    QVERIFY(result.errorCode().isEmpty());
    result.outcome = Tc3Verifier::Outcome::SignatureExpire;
    QCOMPARE(result.errorCode(), QStringLiteral("AuthFailure.SignatureExpire"));
}

QTEST_GUILESS_MAIN(TestTc3Verifier)
#include "tst_tc3verifier.moc"
