// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "launch/notificationsender.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QSystemTrayIcon;

// Sends desktop notifications the freedesktop way: org.freedesktop.Notifications.Notify on the
// session bus (Desktop Notifications Specification, "Notify"), asynchronously, so a missing or
// slow service never blocks the window. When there is no session bus or no notification service
// answers (an error or no reply within TimeoutMs), the notification goes to the fallback: by
// default the tray icon's balloon (QSystemTrayIcon::showMessage), and nowhere when the platform
// has no tray either (the status bar has said it already).
class DesktopNotificationSender : public QObject, public NotificationSender
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 5000;
    static inline const QString Service = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString Path = QStringLiteral("/org/freedesktop/Notifications");

    // `busAddress` empty: the session bus (DBUS_SESSION_BUS_ADDRESS); a test passes its own.
    explicit DesktopNotificationSender(const QString &busAddress = QString(),
                                       QObject *parent = nullptr);
    ~DesktopNotificationSender() override;

    void send(const Notification &notification) override;

    using Fallback = std::function<void(const Notification &)>;
    // Replaces the tray balloon (tests, or a window with its own tray icon).
    void setFallback(Fallback fallback) { m_fallback = std::move(fallback); }

Q_SIGNALS:
    // How the notification went out: over D-Bus (the service's id for it) or to the fallback.
    void sentOverDBus(uint id);
    void sentToFallback();

private:
    void fallBack(const Notification &notification);

    QString m_connectionName;
    Fallback m_fallback;
    QPointer<QSystemTrayIcon> m_tray;
};
