// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/desktopnotificationsender.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>
#include <QVariantMap>

namespace {

// A tiny org.freedesktop.Notifications service: records each Notify and answers an id.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        Q_UNUSED(expireTimeout)
        calls << Call{appName, summary, body, hints};
        return uint(calls.size()) + 41;
    }
};

} // namespace

class TestDesktopNotificationSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendsNotifyOverTheSessionBus();
    void fallsBackWithoutANotificationService();
    void fallsBackWithoutABus();
};

void TestDesktopNotificationSender::initTestCase()
{
    // The private session of the test fixture (tests/CMakeLists.txt), never the user's.
    if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty())
        QSKIP("needs the private D-Bus session of the test fixture");
}

void TestDesktopNotificationSender::sendsNotifyOverTheSessionBus()
{
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    QDBusConnection service = QDBusConnection::connectToBus(address, QStringLiteral("fake"));
    QVERIFY(service.isConnected());
    FakeNotifications fake;
    QVERIFY(service.registerObject(DesktopNotificationSender::Path, &fake,
                                   QDBusConnection::ExportAllSlots));
    QVERIFY(service.registerService(DesktopNotificationSender::Service));

    DesktopNotificationSender sender(address);
    int fallbacks = 0;
    sender.setFallback([&fallbacks](const NotificationSender::Notification &) { ++fallbacks; });
    QSignalSpy sent(&sender, &DesktopNotificationSender::sentOverDBus);
    sender.send({QStringLiteral("Launch failed: web"), QStringLiteral("0 of 3 running"), true});
    QTRY_COMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(0).toUInt(), 42u);
    QCOMPARE(fake.calls.size(), 1);
    QCOMPARE(fake.calls.at(0).appName, QStringLiteral("CVM Launcher"));
    QCOMPARE(fake.calls.at(0).summary, QStringLiteral("Launch failed: web"));
    QCOMPARE(fake.calls.at(0).body, QStringLiteral("0 of 3 running"));
    QCOMPARE(fake.calls.at(0).hints.value(QStringLiteral("urgency")).toInt(), 2);
    QCOMPARE(fallbacks, 0);

    service.unregisterService(DesktopNotificationSender::Service);
    service.unregisterObject(DesktopNotificationSender::Path);
    QDBusConnection::disconnectFromBus(QStringLiteral("fake"));
}

void TestDesktopNotificationSender::fallsBackWithoutANotificationService()
{
    DesktopNotificationSender sender(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));
    QList<NotificationSender::Notification> fallen;
    sender.setFallback([&fallen](const NotificationSender::Notification &n) { fallen << n; });
    const NotificationSender::Notification n{QStringLiteral("Launch finished: web"),
                                             QStringLiteral("3 of 3 running"), false};
    sender.send(n);
    QTRY_COMPARE(fallen.size(), 1);
    QCOMPARE(fallen.first(), n);
}

void TestDesktopNotificationSender::fallsBackWithoutABus()
{
    DesktopNotificationSender sender(QStringLiteral("unix:path=/nonexistent/cvm-no-bus"));
    int fallbacks = 0;
    sender.setFallback([&fallbacks](const NotificationSender::Notification &) { ++fallbacks; });
    sender.send({QStringLiteral("t"), QStringLiteral("b"), false});
    QCOMPARE(fallbacks, 1); // at once: nothing to wait for
}

QTEST_MAIN(TestDesktopNotificationSender)
#include "tst_desktopnotificationsender.moc"
