// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/instancefilterproxymodel.h"

#include "launch/instancemodel.h"

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

bool InstanceFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    if (!m_showAll) {
        const QString profileId = sourceModel()
                                      ->index(sourceRow, 0, sourceParent)
                                      .data(InstanceModel::ProfileIdRole)
                                      .toString();
        if (profileId != m_activeProfileId)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
