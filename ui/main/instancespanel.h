// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "launch/launchtreemodel.h"

#include <QTimer>
#include <QWidget>

class InstanceFilterProxyModel;
class LaunchController;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTreeView;

// The instances, grouped by launch (LaunchTreeModel: a launch's row with its instances under
// it), with the filter box, a summary line (creating, running, failed, and what the running
// ones cost per hour), the view switches (every account; hide finished launches; show archived
// ones), the archive action on launches and a details pane that shows the selected row in plain
// words (the actions on instances are InstanceActions'). Tab moves between the filter, the tree
// and the details, never cell by cell.
class InstancesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InstancesPanel(LaunchController *controller, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const;
    // Checkable: every account's instances (and the Account column), or the active profile's.
    QAction *showAllAccountsAction() const { return m_showAllAction; }
    // Checkable, kept in the settings: launches with nothing left alive are left out.
    QAction *hideFinishedAction() const { return m_hideFinishedAction; }
    // Checkable, kept in the settings: archived launches are shown too.
    QAction *showArchivedAction() const { return m_showArchivedAction; }
    // Archives the selected finished launches, or brings archived ones back.
    QAction *archiveAction() const { return m_archiveAction; }
    // "Creating: 1 · Running: 5 · Failed: 1 · Running cost: ¥2.40 per hour" for the launches
    // shown.
    QString summaryText() const;
    static QString summaryText(const LaunchTreeModel::Summary &summary);

public Q_SLOTS:
    void archiveSelected();

private:
    void buildActions();
    void updateActions();
    void showAllAccounts(bool all);
    void showDetails();
    void updateSummary();
    // The selected launch rows (or the current one), as source launch ids.
    QStringList selectedLaunchIds() const;
    // Columns follow their contents as rows arrive and change, until the operator sizes one.
    void fitColumns();
    // The column that stretches with the window (the last visible one); never fitted.
    int stretchedColumn() const;
    void widenColumns(const QModelIndex &parent, int firstRow, int lastRow, int firstColumn,
                      int lastColumn);

    LaunchController *m_controller;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_summary = nullptr;
    InstanceFilterProxyModel *m_proxy = nullptr;
    QCheckBox *m_showAllBox = nullptr;
    QCheckBox *m_hideFinishedBox = nullptr;
    QCheckBox *m_showArchivedBox = nullptr;
    QAction *m_showAllAction = nullptr;
    QAction *m_hideFinishedAction = nullptr;
    QAction *m_showArchivedAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QTimer m_summaryTimer;
    bool m_columnsSizedByHand = false;
    bool m_fittingColumns = false;
};
