// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudtypes.h"
#include "launch/instancebandwidth.h"
#include "spec/launchspec.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

class LaunchController;
class QAbstractItemView;
class QAction;
class QMenu;
class QWidget;

// What the operator can do with the instances they look at: return them, change one's public
// bandwidth, launch again with a launch's settings (the console's 购买相同配置), save a launch
// as a template, copy ids and IPs, export rows as CSV. It owns the QActions, enables each from
// the view's selection with the reason in the tooltip when it cannot run, and performs them.
//
// It reads the view's model only through InstanceModel's roles (InstanceIdRole, LaunchIdRole,
// StateRole, ...), through whatever proxy the view has, never by row number or column position:
// a row without an instance id that has children (a launch's row in a grouped view) stands for
// all its instances for Return, copy and export, and for its launch for the launch's actions.
// Every action on an instance goes through the account that launched it (LaunchController).
class InstanceActions : public QObject
{
    Q_OBJECT

public:
    // `view` (its model and selection model) and `controller` must outlive this object; dialogs
    // open over `dialogParent`.
    InstanceActions(LaunchController *controller, QAbstractItemView *view, QWidget *dialogParent);

    QAction *returnAction() const { return m_return; }
    QAction *bandwidthAction() const { return m_bandwidth; }
    QAction *launchAgainAction() const { return m_launchAgain; }
    QAction *saveTemplateAction() const { return m_saveTemplate; }
    QAction *copyIdAction() const { return m_copyId; }
    QAction *copyPublicIpAction() const { return m_copyPublicIp; }
    QAction *copyPrivateIpAction() const { return m_copyPrivateIp; }
    QAction *exportAction() const { return m_export; }
    // Every action in menu order, nullptr where a separator goes.
    QList<QAction *> actions() const;
    void addTo(QMenu *menu) const;

    // Why the instance of `index` cannot be returned now (translated), or empty when it can:
    // running, stopped, faulty or failed instances can (TerminateInstances / ReturnInstance
    // refuse those being created or terminated, and there is nothing to return of a batch the
    // service never created, of a returned instance or of one it no longer lists).
    static QString returnRefusal(const QModelIndex &index);
    // The instance rows the selection stands for (the current row when nothing is selected),
    // a launch's row expanded to its instances; rows with no instance id included.
    QModelIndexList selectedInstanceRows() const;
    // The rows `selectedOnly` exports: the selected ones, or every row of the model (launch
    // rows expanded) when `selectedOnly` is false or nothing is selected.
    QModelIndexList exportRows(bool selectedOnly) const;
    // The CSV of exportRows(selectedOnly): the model's columns under their (translated) headers,
    // then InstanceId, ProfileId, Region and Placement.Zone, as the API spells them.
    QByteArray csv(bool selectedOnly) const;
    // cvm-instances-YYYYMMDD-HHmm.csv, in the documents folder.
    static QString suggestedCsvPath();
    // Writes csv(true) to `path`; a translated error, or empty.
    QString writeCsv(const QString &path) const;
    // The launch spec to launch again from the current row: its launch's spec without secrets
    // and without a clientToken, for one instance when the row is an instance; nothing when the
    // row has no launch in the journal.
    std::optional<LaunchSpec> specToLaunchAgain() const;
    // Saves the current row's launch as a template (LaunchTemplate, no password); an error.
    QString saveTemplate(const QString &path) const;

    const InstanceBandwidth &bandwidth() const { return m_instanceBandwidth; }

public Q_SLOTS:
    // Enables the actions for the selection and says why in the tooltips where they cannot run.
    void update();
    // Asks once (naming the count and the ids), then returns every returnable selected
    // instance, each through its own account.
    void confirmReturn();
    void changeBandwidth();
    void launchAgain();
    void chooseTemplateToSave();
    void copyIds();
    void copyPublicIps();
    void copyPrivateIps();
    void chooseCsvToExport();

Q_SIGNALS:
    // Open the wizard on `spec` (Launch again).
    void launchAgainRequested(const LaunchSpec &spec);
    // Progress and problems for the status bar (translated).
    void message(const QString &text);

private:
    QAction *makeAction(const QString &text, const QString &objectName, const QString &statusTip,
                        void (InstanceActions::*slot)());
    void scheduleUpdate();
    QModelIndex currentRow() const;
    void leaves(const QModelIndex &parent, QModelIndexList *out) const;
    QStringList returnableIds(QStringList *refusals) const;
    void copyRole(int role) const;
    void showError(const QString &title, const QString &text) const;
    // The tooltip and status tip say what the action does when it can run, else why it cannot.
    void setEnabled(QAction *action, const QString &refusal) const;

    LaunchController *m_controller;
    QAbstractItemView *m_view;
    QWidget *m_dialogParent;
    InstanceBandwidth m_instanceBandwidth;
    QAction *m_return = nullptr;
    QAction *m_bandwidth = nullptr;
    QAction *m_launchAgain = nullptr;
    QAction *m_saveTemplate = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_copyPublicIp = nullptr;
    QAction *m_copyPrivateIp = nullptr;
    QAction *m_export = nullptr;
    bool m_updateScheduled = false;
    QHash<QAction *, QString> m_descriptions; // what each action does, for its tips
};
