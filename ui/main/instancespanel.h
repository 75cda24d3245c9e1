// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>

class InstanceFilterProxyModel;
class LaunchController;
class QAction;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

// The instances table with its filter box and a details pane that shows the selected instance's
// launch parameters and any error (the actions on the rows are InstanceActions'). It shows the
// active profile's instances; "Show all accounts" shows every account's, with an Account column.
class InstancesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InstancesPanel(LaunchController *controller, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const;
    // Checkable: every account's instances (and the Account column), or the active profile's.
    QAction *showAllAccountsAction() const { return m_showAllAction; }

private:
    void showAllAccounts(bool all);
    void showDetails();
    // Columns follow their contents as rows arrive and change, until the operator sizes one.
    void fitColumns();
    // The column that stretches with the window (the last visible one); never fitted.
    int stretchedColumn() const;
    void widenColumns(int firstRow, int lastRow, int firstColumn, int lastColumn);

    LaunchController *m_controller;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
    InstanceFilterProxyModel *m_proxy = nullptr;
    QCheckBox *m_showAllBox = nullptr;
    QAction *m_showAllAction = nullptr;
    bool m_columnsSizedByHand = false;
    bool m_fittingColumns = false;
};
