// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/instancefilterproxymodel.h"

#include "launch/instancemodel.h"
#include "launch/launchtreemodel.h"

InstanceFilterProxyModel::InstanceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A launch shows when one of its instances matches the text (and then with those only).
    setRecursiveFilteringEnabled(true);
}

void InstanceFilterProxyModel::setActiveProfileId(const QString &profileId)
{
    if (profileId == m_activeProfileId)
        return;
    m_activeProfileId = profileId;
    invalidateRowsFilter();
}

void InstanceFilterProxyModel::setShowAllAccounts(bool showAll)
{
    if (showAll == m_showAll)
        return;
    m_showAll = showAll;
    invalidateRowsFilter();
}

void InstanceFilterProxyModel::setHideFinished(bool hide)
{
    if (hide == m_hideFinished)
        return;
    m_hideFinished = hide;
    invalidateRowsFilter();
}

void InstanceFilterProxyModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    invalidateRowsFilter();
}

bool InstanceFilterProxyModel::launchHidden(const QModelIndex &launch) const
{
    if (!m_showAll && launch.data(InstanceModel::ProfileIdRole).toString() != m_activeProfileId)
        return true;
    if (!m_showArchived && launch.data(LaunchTreeModel::ArchivedRole).toBool())
        return true;
    return m_hideFinished && launch.data(LaunchTreeModel::FinishedRole).toBool();
}

bool InstanceFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    // With recursive filtering an accepted instance would bring its launch back: an instance
    // of a hidden launch is hidden too.
    const QModelIndex launch =
        sourceParent.isValid() ? sourceParent : sourceModel()->index(sourceRow, 0, sourceParent);
    if (launchHidden(launch))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
