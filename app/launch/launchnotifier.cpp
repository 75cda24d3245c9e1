// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/launchnotifier.h"

#include "launch/launchtreemodel.h"

LaunchNotifier::LaunchNotifier(LaunchTreeModel *launches, NotificationSender *sender,
                               QObject *parent)
    : QObject(parent)
    , m_launches(launches)
    , m_sender(sender)
{
    if (launches)
        connect(launches, &LaunchTreeModel::launchSettled, this, &LaunchNotifier::launchSettled);
}

std::optional<NotificationSender::Notification>
LaunchNotifier::notificationFor(const QString &title, const LaunchProgress &progress,
                                const QString &error)
{
    if (!progress.isSettled() || progress.total == 0)
        return std::nullopt;
    NotificationSender::Notification n;
    n.failed = progress.failed > 0;
    if (!n.failed)
        n.title = tr("Launch finished: %1").arg(title);
    else if (progress.failed == progress.total)
        n.title = tr("Launch failed: %1").arg(title);
    else
        n.title = tr("Launch partly failed: %1").arg(title);
    n.body = progress.text();
    if (n.failed && !error.isEmpty())
        n.body += QLatin1Char('\n') + error.section(QLatin1Char('\n'), 0, 0);
    return n;
}

void LaunchNotifier::launchSettled(const QString &launchId)
{
    LaunchTreeModel *launches = m_launches.data();
    if (!launches || !m_sender || m_windowActive || m_told.contains(launchId))
        return;
    const QModelIndex row = launches->launchIndex(launchId);
    const QString error =
        row.siblingAtColumn(InstanceModel::StatusColumn).data(InstanceModel::ErrorRole).toString();
    const auto notification =
        notificationFor(launches->title(launchId), launches->progress(launchId), error);
    if (!notification)
        return;
    m_told.insert(launchId);
    m_sender->send(*notification);
}
