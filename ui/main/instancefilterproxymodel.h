// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QSortFilterProxyModel>

// The instances tree's filter and sort, over LaunchTreeModel (launches with their instances):
// - the account: by default only the active profile's launches show (InstanceModel::
//   ProfileIdRole); with setShowAllAccounts(true) every account's do, and the view shows the
//   Account column;
// - finished launches (every instance returned or never created: LaunchTreeModel::FinishedRole)
//   hide with setHideFinished(true); archived launches (ArchivedRole) hide unless
//   setShowArchived(true). A hidden launch hides its instances too;
// - the text typed in the filter box, in any column: a launch shows when it or one of its
//   instances matches, with the instances that match.
class InstanceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InstanceFilterProxyModel(QObject *parent = nullptr);

    QString activeProfileId() const { return m_activeProfileId; }
    bool showsAllAccounts() const { return m_showAll; }
    bool hidesFinished() const { return m_hideFinished; }
    bool showsArchived() const { return m_showArchived; }

public Q_SLOTS:
    void setActiveProfileId(const QString &profileId);
    void setShowAllAccounts(bool showAll);
    void setHideFinished(bool hide);
    void setShowArchived(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // Whether the launch (a top-level source row) is left out whatever the filter text says.
    bool launchHidden(const QModelIndex &launch) const;

    QString m_activeProfileId;
    bool m_showAll = false;
    bool m_hideFinished = false;
    bool m_showArchived = false;
};
