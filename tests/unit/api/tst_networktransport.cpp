// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/networktransport.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

namespace {

// Counts what reaches the network, to prove that refused requests never do.
class CountingManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// A loopback HTTP server: collects one request per connection, then lets the test answer.
class LoopbackServer : public QObject
{
public:
    using Answer = std::function<void(QTcpSocket *, const QByteArray &request)>;

    explicit LoopbackServer(Answer answer)
        : m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0 || socket->property("answered").toBool())
                        return;
                    const QByteArray head = buffer->left(end).toLower();
                    const qsizetype cl = head.indexOf("content-length:");
                    const qsizetype length =
                        cl < 0 ? 0 : head.mid(cl + 15).split('\r').first().trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    socket->setProperty("answered", true);
                    lastRequest = *buffer;
                    m_answer(socket, *buffer);
                });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    QUrl url(const QString &path = QStringLiteral("/v2/index.php")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    QByteArray lastRequest;

private:
    QTcpServer m_server;
    Answer m_answer;
};

void respond(QTcpSocket *socket, int status, const QByteArray &body)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                  " X\r\nContent-Type: "
                  "application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

TransportRequest request(const QUrl &url, int timeoutMs = 5000)
{
    TransportRequest r;
    r.url = url;
    r.action = QStringLiteral("Test");
    r.body = "a=1&b=%2B";
    r.timeoutMs = timeoutMs;
    return r;
}

} // namespace

class TestNetworkTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.5.6.7") << QStringLiteral("127.5.6.7") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("localhost") << QStringLiteral("LocalHost") << true;
        QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
        QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
        QTest::newRow("lookalike") << QStringLiteral("127.0.0.1.example.com") << false;
        QTest::newRow("localhost.evil") << QStringLiteral("localhost.evil.com") << false;
        QTest::newRow("example.com") << QStringLiteral("example.com") << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(Transport::isLoopbackHost(host), loopback);
    }

    void answersWithHeadersAndBody()
    {
        LoopbackServer server(
            [](QTcpSocket *s, const QByteArray &) { respond(s, 200, R"({"code":0})"); });
        NetworkTransport transport;
        TransportReply *reply = transport.send(request(server.url()));
        QSignalSpy finished(reply, &TransportReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!reply->error());
        QCOMPARE(reply->httpStatus(), 200);
        QCOMPARE(reply->body(), QByteArray(R"({"code":0})"));
        const QByteArray req = server.lastRequest;
        QVERIFY(req.startsWith("POST /v2/index.php HTTP/1.1\r\n"));
        const QByteArray userAgentLine = "\r\nUser-Agent: " + Transport::userAgent() + "\r\n";
        QVERIFY(req.contains(userAgentLine));
        QVERIFY(Transport::userAgent().startsWith("CVM-Launcher/"));
        QVERIFY(req.contains("Content-Type: application/x-www-form-urlencoded"));
        QVERIFY(req.endsWith("\r\n\r\na=1&b=%2B"));
    }

    void errorStatusKeepsTheBody()
    {
        LoopbackServer server(
            [](QTcpSocket *s, const QByteArray &) { respond(s, 503, R"({"code":6200})"); });
        NetworkTransport transport;
        TransportReply *reply = transport.send(request(server.url()));
        QSignalSpy finished(reply, &TransportReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(!reply->error());
        QCOMPARE(reply->httpStatus(), 503);
        QCOMPARE(reply->body(), QByteArray(R"({"code":6200})"));
    }

    void silentServerTimesOut()
    {
        LoopbackServer server([](QTcpSocket *, const QByteArray &) {});
        NetworkTransport transport;
        TransportReply *reply = transport.send(request(server.url(), 150));
        QSignalSpy finished(reply, &TransportReply::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(reply->error());
        QCOMPARE(reply->error()->kind, ApiError::Kind::Timeout);
        QVERIFY(reply->error()->isRetryable());
    }

    void stalledBodyTimesOut()
    {
        LoopbackServer server([](QTcpSocket *s, const QByteArray &) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"code\":0,");
        });
        NetworkTransport transport;
        QElapsedTimer clock;
        clock.start();
        TransportReply *reply = transport.send(request(server.url(), 200));
        QSignalSpy finished(reply, &TransportReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error()->kind, ApiError::Kind::Timeout);
        QVERIFY(clock.elapsed() >= 190);
        QVERIFY(reply->body().isEmpty());
    }

    void hugeBodyIsCutAtTheCap()
    {
        // No Content-Length: the cap has to be enforced on the bytes as they arrive.
        auto written = std::make_shared<qint64>(0);
        LoopbackServer server([written](QTcpSocket *s, const QByteArray &) {
            s->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
            const QByteArray chunk(64 * 1024, 'x');
            auto pump = [s, chunk, written] {
                // Keep the socket fed until 50 MiB or the client hangs up.
                while (s->state() == QAbstractSocket::ConnectedState &&
                       s->bytesToWrite() < 1 << 20 && *written < 50 * 1024 * 1024) {
                    s->write(chunk);
                    *written += chunk.size();
                }
            };
            QObject::connect(s, &QTcpSocket::bytesWritten, s, pump);
            pump();
        });
        NetworkTransport transport;
        TransportRequest r = request(server.url(), 10000);
        r.maxBodyBytes = 1024 * 1024;
        TransportReply *reply = transport.send(r);
        QSignalSpy finished(reply, &TransportReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(reply->error());
        QCOMPARE(reply->error()->kind, ApiError::Kind::Malformed);
        QVERIFY(reply->body().isEmpty());
        QVERIFY2(*written < 50 * 1024 * 1024, "the client read the whole body");
    }

    void declaredOversizeIsRefusedUnread()
    {
        LoopbackServer server([](QTcpSocket *s, const QByteArray &) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 52428800\r\n\r\n{");
        });
        NetworkTransport transport;
        TransportReply *reply = transport.send(request(server.url()));
        QSignalSpy finished(reply, &TransportReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error()->kind, ApiError::Kind::Malformed);
        QVERIFY(reply->error()->message.contains(QStringLiteral("8 MiB")));
    }

    void plainHttpOffLoopbackNeverConnects_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http host") << QStringLiteral("http://cvm.api.qcloud.com/v2/index.php");
        QTest::newRow("http lan ip") << QStringLiteral("http://192.168.1.10:8080/v2/index.php");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/x");
        QTest::newRow("no host") << QStringLiteral("http:///v2/index.php");
    }
    void plainHttpOffLoopbackNeverConnects()
    {
        QFETCH(QString, url);
        CountingManager manager;
        NetworkTransport transport(nullptr, &manager);
        TransportReply *reply = transport.send(request(QUrl(url)));
        QSignalSpy finished(reply, &TransportReply::finished);
        QVERIFY(!reply->isFinished() || finished.isEmpty()); // never inside send()
        QVERIFY(finished.wait(1000));
        QCOMPARE(reply->error()->kind, ApiError::Kind::Refused);
        QCOMPARE(reply->error()->verdict, ApiError::Verdict::Final);
        QCOMPARE(manager.created, 0);
    }

    void redirectOffLoopbackIsRefused()
    {
        LoopbackServer server([](QTcpSocket *s, const QByteArray &) {
            s->write("HTTP/1.1 302 Found\r\nLocation: http://example.com/steal\r\n"
                     "Content-Length: 0\r\n\r\n");
        });
        NetworkTransport transport;
        TransportReply *reply = transport.send(request(server.url()));
        QSignalSpy finished(reply, &TransportReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error()->kind, ApiError::Kind::Refused);
    }

    void abortCancels()
    {
        LoopbackServer server([](QTcpSocket *, const QByteArray &) {});
        NetworkTransport transport;
        TransportReply *reply = transport.send(request(server.url()));
        QSignalSpy finished(reply, &TransportReply::finished);
        QTest::qWait(50);
        reply->abort();
        reply->abort();
        QVERIFY(finished.wait(1000));
        QCOMPARE(reply->error()->kind, ApiError::Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNetworkTransport)
#include "tst_networktransport.moc"
