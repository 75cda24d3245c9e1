// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QSortFilterProxyModel>

// The instances table's filter: the text typed in the filter box (any column), and the account.
// By default only the rows of the active profile show (InstanceModel::ProfileIdRole); with
// setShowAllAccounts(true) every account's rows do, and the view shows the Account column.
class InstanceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QString activeProfileId() const { return m_activeProfileId; }
    bool showsAllAccounts() const { return m_showAll; }

public Q_SLOTS:
    void setActiveProfileId(const QString &profileId);
    void setShowAllAccounts(bool showAll);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_activeProfileId;
    bool m_showAll = false;
};
