// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/desktopnotificationsender.h"

#include "version.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QUuid>
#include <QVariantMap>

#ifdef CVM_HAVE_QTDBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

DesktopNotificationSender::DesktopNotificationSender(const QString &busAddress, QObject *parent)
    : QObject(parent)
{
#ifdef CVM_HAVE_QTDBUS
    if (!busAddress.isEmpty()) {
        m_connectionName = QStringLiteral("cvm-notifications-") +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
        QDBusConnection::connectToBus(busAddress, m_connectionName);
    }
#else
    Q_UNUSED(busAddress)
#endif
}

DesktopNotificationSender::~DesktopNotificationSender()
{
#ifdef CVM_HAVE_QTDBUS
    if (!m_connectionName.isEmpty())
        QDBusConnection::disconnectFromBus(m_connectionName);
#endif
}

void DesktopNotificationSender::send(const Notification &notification)
{
#ifdef CVM_HAVE_QTDBUS
    QDBusConnection bus = m_connectionName.isEmpty() ? QDBusConnection::sessionBus()
                                                     : QDBusConnection(m_connectionName);
    if (!bus.isConnected()) {
        fallBack(notification);
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Notify"));
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(CVM_APPLICATION_ID));
    // Urgency: 1 normal, 2 critical (a failed launch stays until it is seen).
    hints.insert(QStringLiteral("urgency"),
                 QVariant::fromValue<uchar>(notification.failed ? 2 : 1));
    call << QStringLiteral(CVM_APPLICATION_NAME) << uint(0) << QStringLiteral(CVM_APPLICATION_ID)
         << notification.title << notification.body << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, TimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, notification] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            fallBack(notification);
            return;
        }
        Q_EMIT sentOverDBus(reply.value());
    });
#else
    fallBack(notification);
#endif
}

void DesktopNotificationSender::fallBack(const Notification &notification)
{
    Q_EMIT sentToFallback();
    if (m_fallback) {
        m_fallback(notification);
        return;
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    QSystemTrayIcon *tray = m_tray.data();
    if (!tray) {
        tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        tray->setToolTip(QStringLiteral(CVM_APPLICATION_NAME));
        m_tray = tray;
    }
    tray->show();
    tray->showMessage(notification.title, notification.body,
                      notification.failed ? QSystemTrayIcon::Warning
                                          : QSystemTrayIcon::Information);
}
