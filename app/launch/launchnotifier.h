// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "launch/launchprogress.h"
#include "launch/notificationsender.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class LaunchTreeModel;

// Decides when a launch is worth a desktop notification: when it settles (every instance
// running, or some failed; LaunchTreeModel::launchSettled) while the window is not active. The
// operator looking at the window sees the rows change, so nothing is sent then; a launch is
// told about at most once.
//
//   LaunchNotifier notifier(controller.launches(), &sender);
//   notifier.setWindowActive(window.isActiveWindow()); // on every activation change
class LaunchNotifier : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; `sender` must outlive the notifier.
    LaunchNotifier(LaunchTreeModel *launches, NotificationSender *sender,
                   QObject *parent = nullptr);

    void setWindowActive(bool active) { m_windowActive = active; }
    bool isWindowActive() const { return m_windowActive; }

    // What to say about a settled launch, titled `title`: "Launch finished" with its progress,
    // or "Launch failed" / "Launch partly failed" with the counts and the first error. Nothing
    // for a launch that has not settled.
    static std::optional<NotificationSender::Notification>
    notificationFor(const QString &title, const LaunchProgress &progress, const QString &error);

    // The launch has settled: sends its notification unless the window is active or it was
    // sent before.
    void launchSettled(const QString &launchId);

private:
    QPointer<LaunchTreeModel> m_launches;
    NotificationSender *m_sender;
    QSet<QString> m_told;
    bool m_windowActive = false;
};
