// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/instanceactions.h"

#include "dialogs/bandwidthdialog.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "main/csvwriter.h"
#include "spec/launchtemplate.h"
#include "spec/templatelocation.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace {

// Ids named in the confirmation's text; more go into its details.
constexpr int NamedIds = 10;

QString instanceId(const QModelIndex &index)
{
    return index.data(InstanceModel::InstanceIdRole).toString();
}

} // namespace

InstanceActions::InstanceActions(LaunchController *controller, QAbstractItemView *view,
                                 QWidget *dialogParent)
    : QObject(view)
    , m_controller(controller)
    , m_view(view)
    , m_dialogParent(dialogParent)
    , m_instanceBandwidth(controller)
{
    m_return = makeAction(tr("&Return instance…"), QStringLiteral("returnInstanceAction"),
                          tr("Release the selected instances and stop paying for them"),
                          &InstanceActions::confirmReturn);
    m_return->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_return->setShortcut(QKeySequence::Delete);
    m_return->setIconText(tr("Return"));
    m_bandwidth = makeAction(tr("Change &bandwidth…"), QStringLiteral("changeBandwidthAction"),
                             tr("Change the public bandwidth of the selected running instance"),
                             &InstanceActions::changeBandwidth);
    m_bandwidth->setShortcut(Qt::CTRL | Qt::Key_B);
    m_bandwidth->setIconText(tr("Bandwidth"));
    m_launchAgain =
        makeAction(tr("Launch &again with these settings…"), QStringLiteral("launchAgainAction"),
                   tr("Open the wizard filled with the settings of the selected launch"),
                   &InstanceActions::launchAgain);
    m_launchAgain->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_launchAgain->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_launchAgain->setIconText(tr("Launch again"));
    m_saveTemplate =
        makeAction(tr("Save launch as &template…"), QStringLiteral("saveLaunchTemplateAction"),
                   tr("Save the settings of the selected launch as a template file "
                      "(never its password)"),
                   &InstanceActions::chooseTemplateToSave);
    m_saveTemplate->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_copyId = makeAction(tr("&Copy instance ID"), QStringLiteral("copyIdAction"),
                          tr("Copy the IDs of the selected instances, one a line"),
                          &InstanceActions::copyIds);
    m_copyId->setShortcut(QKeySequence::Copy);
    m_copyPublicIp = makeAction(tr("Copy &public IP"), QStringLiteral("copyPublicIpAction"),
                                tr("Copy the public IPs of the selected instances, one a line"),
                                &InstanceActions::copyPublicIps);
    m_copyPublicIp->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_copyPrivateIp = makeAction(tr("Copy pr&ivate IP"), QStringLiteral("copyPrivateIpAction"),
                                 tr("Copy the private IPs of the selected instances, one a line"),
                                 &InstanceActions::copyPrivateIps);
    m_export = makeAction(tr("&Export to CSV…"), QStringLiteral("exportCsvAction"),
                          tr("Save the selected rows, or all rows when none is selected, as a "
                             "CSV file"),
                          &InstanceActions::chooseCsvToExport);
    m_export->setShortcut(Qt::CTRL | Qt::Key_E);
    // Delete and Copy act on the rows only while the table has the focus: elsewhere they are
    // the text fields' own keys.
    m_return->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    // The context menu holds every action; Delete and Copy need the table as their widget.
    m_view->addAction(m_return);
    m_view->addAction(m_copyId);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        auto *menu = new QMenu(m_view);
        menu->setObjectName(QStringLiteral("instanceContextMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        addTo(menu);
        // What others put on the view (the panel's Archive launch) follows, after a line.
        const QList<QAction *> ours = menu->actions();
        bool separated = false;
        const QList<QAction *> viewActions = m_view->actions();
        for (QAction *action : viewActions) {
            if (ours.contains(action))
                continue;
            if (!separated)
                menu->addSeparator();
            separated = true;
            menu->addAction(action);
        }
        menu->popup(m_view->viewport()->mapToGlobal(at));
    });

    QAbstractItemModel *model = m_view->model();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InstanceActions::update);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InstanceActions::update);
    // A poll round changes many rows in bursts: the actions follow once per burst.
    connect(model, &QAbstractItemModel::dataChanged, this, &InstanceActions::scheduleUpdate);
    connect(model, &QAbstractItemModel::rowsInserted, this, &InstanceActions::scheduleUpdate);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &InstanceActions::scheduleUpdate);
    connect(model, &QAbstractItemModel::modelReset, this, &InstanceActions::scheduleUpdate);
    connect(model, &QAbstractItemModel::layoutChanged, this, &InstanceActions::scheduleUpdate);
    update();
}

QAction *InstanceActions::makeAction(const QString &text, const QString &objectName,
                                     const QString &statusTip, void (InstanceActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setStatusTip(statusTip);
    action->setToolTip(statusTip);
    m_descriptions.insert(action, statusTip);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction *> InstanceActions::actions() const
{
    return {m_return, m_bandwidth,    m_launchAgain,   m_saveTemplate, nullptr,
            m_copyId, m_copyPublicIp, m_copyPrivateIp, nullptr,        m_export};
}

void InstanceActions::addTo(QMenu *menu) const
{
    // A disabled item says why in its tooltip, in menus too.
    menu->setToolTipsVisible(true);
    for (QAction *action : actions()) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
}

QModelIndex InstanceActions::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0) : QModelIndex();
}

void InstanceActions::leaves(const QModelIndex &parent, QModelIndexList *out) const
{
    const QAbstractItemModel *model = m_view->model();
    // A row with an instance is one; a row with children and no instance (a launch) is theirs.
    if (parent.isValid() && (!instanceId(parent).isEmpty() || !model->hasChildren(parent))) {
        if (!out->contains(parent))
            out->append(parent);
        return;
    }
    for (int row = 0; row < model->rowCount(parent); ++row)
        leaves(model->index(row, 0, parent), out);
}

QModelIndexList InstanceActions::selectedInstanceRows() const
{
    QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty() && currentRow().isValid())
        selected << currentRow();
    QModelIndexList rows;
    for (const QModelIndex &index : std::as_const(selected))
        leaves(index, &rows);
    return rows;
}

QModelIndexList InstanceActions::exportRows(bool selectedOnly) const
{
    if (selectedOnly && m_view->selectionModel()->hasSelection())
        return selectedInstanceRows();
    QModelIndexList rows;
    leaves(QModelIndex(), &rows);
    return rows;
}

QString InstanceActions::returnRefusal(const QModelIndex &index)
{
    const QString id = instanceId(index);
    if (id.isEmpty())
        return tr("This row stands for instances the service did not create: there is nothing "
                  "to return.");
    QString account = index.data(InstanceModel::AccountProblemRole).toString();
    if (!account.isEmpty())
        return account;
    switch (InstanceState(index.data(InstanceModel::StateRole).toInt())) {
    case InstanceState::Running:
    case InstanceState::Stopped:
    case InstanceState::Fault:
    case InstanceState::CreateFailed:
        return {};
    case InstanceState::Creating:
        return tr("%1 is still being created; it can be returned once it runs.").arg(id);
    case InstanceState::Returning:
        return tr("%1 is already being returned.").arg(id);
    case InstanceState::Returned:
        return tr("%1 has been returned.").arg(id);
    case InstanceState::NotFound:
        return tr("The service no longer lists %1: there is nothing to return.").arg(id);
    case InstanceState::Unknown:
        return tr("The state of %1 is not known yet; wait for the service's answer.").arg(id);
    case InstanceState::Busy:
        return tr("An operation on %1 is in progress; wait until it ends.").arg(id);
    }
    return {};
}

QStringList InstanceActions::returnableIds(QStringList *refusals) const
{
    QStringList ids;
    for (const QModelIndex &index : selectedInstanceRows()) {
        const QString refusal = returnRefusal(index);
        if (refusal.isEmpty())
            ids << instanceId(index);
        else
            refusals->append(refusal);
    }
    return ids;
}

void InstanceActions::setEnabled(QAction *action, const QString &refusal) const
{
    const QString tip = refusal.isEmpty() ? m_descriptions.value(action) : refusal;
    action->setEnabled(refusal.isEmpty());
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

void InstanceActions::scheduleUpdate()
{
    if (m_updateScheduled)
        return;
    m_updateScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_updateScheduled = false;
        update();
    });
}

void InstanceActions::update()
{
    const QModelIndexList rows = selectedInstanceRows();
    const QString nothing = tr("Select an instance first.");

    QStringList refusals;
    const QStringList returnable = returnableIds(&refusals);
    QString returnRefused;
    if (rows.isEmpty())
        returnRefused = nothing;
    else if (returnable.isEmpty())
        returnRefused = rows.size() == 1 ? refusals.value(0)
                                         : tr("None of the selected instances can be returned: "
                                              "%1")
                                               .arg(refusals.value(0));
    setEnabled(m_return, returnRefused);

    QString bandwidthRefused;
    if (rows.isEmpty()) {
        bandwidthRefused = nothing;
    } else if (rows.size() > 1) {
        bandwidthRefused = tr("Select one instance: the service changes the bandwidth of one "
                              "instance at a time.");
    } else {
        const QModelIndex &row = rows.constFirst();
        const QString id = instanceId(row);
        const auto state = InstanceState(row.data(InstanceModel::StateRole).toInt());
        const QString account = row.data(InstanceModel::AccountProblemRole).toString();
        if (id.isEmpty())
            bandwidthRefused = tr("This row stands for instances the service did not create.");
        else if (!account.isEmpty())
            bandwidthRefused = account;
        else if (state != InstanceState::Running)
            bandwidthRefused = tr("Only a running instance's bandwidth can change; %1 is %2.")
                                   .arg(id, InstanceModel::stateText(state).toLower());
        else if (row.data(InstanceModel::WanIpsRole).toStringList().isEmpty())
            bandwidthRefused = tr("%1 has no public IP, so it has no public bandwidth to "
                                  "change.")
                                   .arg(id);
    }
    setEnabled(m_bandwidth, bandwidthRefused);

    const QString launchId = currentRow().data(InstanceModel::LaunchIdRole).toString();
    QString launchRefused;
    if (launchId.isEmpty())
        launchRefused = tr("Select a launch or one of its instances first.");
    else if (!m_controller->launchRecord(launchId))
        launchRefused = tr("This launch is not in the launch record any more.");
    setEnabled(m_launchAgain, launchRefused);
    setEnabled(m_saveTemplate, launchRefused);

    const auto any = [&rows](int role) {
        return std::any_of(rows.cbegin(), rows.cend(), [role](const QModelIndex &index) {
            return !index.data(role).toStringList().join(QString()).isEmpty();
        });
    };
    setEnabled(m_copyId, any(InstanceModel::InstanceIdRole)
                             ? QString()
                             : (rows.isEmpty() ? nothing : tr("The selected rows have no ID.")));
    setEnabled(m_copyPublicIp,
               any(InstanceModel::WanIpsRole)
                   ? QString()
                   : (rows.isEmpty() ? nothing : tr("The selected instances have no public IP.")));
    setEnabled(
        m_copyPrivateIp,
        any(InstanceModel::LanIpRole)
            ? QString()
            : (rows.isEmpty() ? nothing : tr("The selected instances have no private IP yet.")));
    setEnabled(m_export,
               m_view->model()->rowCount() > 0 ? QString() : tr("There are no rows to export."));
}

void InstanceActions::confirmReturn()
{
    QStringList refusals;
    const QStringList ids = returnableIds(&refusals);
    if (ids.isEmpty()) {
        if (!refusals.isEmpty())
            Q_EMIT message(refusals.constFirst());
        return;
    }
    QString text;
    QString informative;
    QString button;
    if (ids.size() == 1) {
        const QModelIndexList rows = selectedInstanceRows();
        const auto row = std::find_if(rows.cbegin(), rows.cend(), [&ids](const QModelIndex &i) {
            return instanceId(i) == ids.constFirst();
        });
        const QString name =
            row != rows.cend() ? row->data(InstanceModel::NameRole).toString() : QString();
        text = name.isEmpty() ? tr("Return instance %1?").arg(ids.constFirst())
                              : tr("Return instance %1 (%2)?").arg(ids.constFirst(), name);
        button = tr("&Return %1").arg(ids.constFirst());
    } else {
        text = tr("Return %n instance(s)?", nullptr, int(ids.size()));
        QStringList named = ids.mid(0, NamedIds);
        if (ids.size() > NamedIds)
            named << tr("…and %n more", nullptr, int(ids.size() - NamedIds));
        informative = named.join(u'\n') + QStringLiteral("\n\n");
        button = tr("&Return %n instance(s)", nullptr, int(ids.size()));
    }
    informative += ids.size() == 1
                       ? tr("The instance is shut down and released, and its local and system "
                            "disks are deleted. This cannot be undone.")
                       : tr("The instances are shut down and released, and their local and "
                            "system disks are deleted. This cannot be undone.");
    if (!refusals.isEmpty())
        informative +=
            QStringLiteral("\n") + tr("%n other selected row(s) cannot be returned and stay as "
                                      "they are.",
                                      nullptr, int(refusals.size()));

    auto *box = new QMessageBox(QMessageBox::Warning, tr("Return instances"), text,
                                QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("returnConfirmation"));
    box->setInformativeText(informative);
    if (ids.size() > NamedIds)
        box->setDetailedText(ids.join(u'\n'));
    QPushButton *returnButton = box->addButton(button, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, returnButton, ids] {
        if (box->clickedButton() == returnButton)
            m_controller->returnInstances(ids);
    });
    box->open();
}

void InstanceActions::changeBandwidth()
{
    const QModelIndexList rows = selectedInstanceRows();
    if (rows.size() != 1 || !m_bandwidth->isEnabled())
        return;
    const QString id = instanceId(rows.constFirst());
    auto *dialog = new BandwidthDialog(&m_instanceBandwidth, id,
                                       rows.constFirst().data(InstanceModel::BandwidthRole).toInt(),
                                       m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BandwidthDialog::bandwidthChanged, this,
            [this](const QString &instance, int mbps) {
                Q_EMIT message(
                    tr("The public bandwidth of %1 is %2 Mbps now.").arg(instance).arg(mbps));
            });
    dialog->open();
}

std::optional<LaunchSpec> InstanceActions::specToLaunchAgain() const
{
    const QModelIndex row = currentRow();
    const auto record =
        m_controller->launchRecord(row.data(InstanceModel::LaunchIdRole).toString());
    if (!record)
        return std::nullopt;
    // As the last launch is kept: no secret, and a new clientToken for the new launch.
    LaunchSpec spec = record->spec.withoutSecrets();
    spec.clientToken.clear();
    // From one instance, one more like it (the console's 购买相同配置); from a launch, all again.
    if (!instanceId(row).isEmpty())
        spec.goodsNum = 1;
    return spec;
}

void InstanceActions::launchAgain()
{
    const auto spec = specToLaunchAgain();
    if (!spec)
        return;
    const auto record =
        m_controller->launchRecord(currentRow().data(InstanceModel::LaunchIdRole).toString());
    if (record && record->needsPassword)
        Q_EMIT message(tr("The launch's password is not kept: enter one again in the wizard."));
    Q_EMIT launchAgainRequested(*spec);
}

QString InstanceActions::saveTemplate(const QString &path) const
{
    const auto record =
        m_controller->launchRecord(currentRow().data(InstanceModel::LaunchIdRole).toString());
    if (!record)
        return tr("Select a launch or one of its instances first.");
    LaunchSpec spec = record->spec.withoutSecrets();
    spec.clientToken.clear();
    return LaunchTemplate::saveFile(path, spec);
}

void InstanceActions::chooseTemplateToSave()
{
    const QString launchId = currentRow().data(InstanceModel::LaunchIdRole).toString();
    if (launchId.isEmpty())
        return;
    // Never a nested event loop: the dialog is opened and answers through a signal.
    auto *dialog = new QFileDialog(m_dialogParent, tr("Save launch template"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Launch templates (*.json)"));
    dialog->setDefaultSuffix(QStringLiteral("json"));
    // In the folder used last, under a name that says what it launches (as the wizard does).
    if (const auto record = m_controller->launchRecord(launchId))
        dialog->selectFile(TemplateLocation::suggestedPath(record->spec));
    else
        dialog->setDirectory(TemplateLocation::folder());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const QString error = saveTemplate(path);
        if (error.isEmpty()) {
            TemplateLocation::remember(path);
            Q_EMIT message(
                tr("Saved the launch as template %1.").arg(QDir::toNativeSeparators(path)));
        } else {
            showError(tr("Cannot save the template"), error);
        }
    });
    dialog->open();
}

void InstanceActions::copyRole(int role) const
{
    QStringList lines;
    for (const QModelIndex &index : selectedInstanceRows()) {
        for (const QString &value : index.data(role).toStringList()) {
            if (!value.isEmpty())
                lines << value;
        }
    }
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

void InstanceActions::copyIds()
{
    copyRole(InstanceModel::InstanceIdRole);
}

void InstanceActions::copyPublicIps()
{
    copyRole(InstanceModel::WanIpsRole);
}

void InstanceActions::copyPrivateIps()
{
    copyRole(InstanceModel::LanIpRole);
}

QByteArray InstanceActions::csv(bool selectedOnly) const
{
    const QAbstractItemModel *model = m_view->model();
    CsvWriter writer;
    QStringList header;
    for (int column = 0; column < model->columnCount(); ++column)
        header << model->headerData(column, Qt::Horizontal).toString();
    // The API's own names: what a script that reads the file looks for.
    header << QStringLiteral("InstanceId") << QStringLiteral("ProfileId")
           << QStringLiteral("Region") << QStringLiteral("Placement.Zone");
    writer.addRecord(header);
    for (const QModelIndex &row : exportRows(selectedOnly)) {
        QStringList fields;
        for (int column = 0; column < model->columnCount(); ++column)
            fields << row.siblingAtColumn(column).data().toString();
        fields << instanceId(row) << row.data(InstanceModel::ProfileIdRole).toString()
               << row.data(InstanceModel::RegionRole).toString()
               << row.data(InstanceModel::ZoneIdRole).toString();
        writer.addRecord(fields);
    }
    return writer.data();
}

QString InstanceActions::suggestedCsvPath()
{
    const QString name =
        QStringLiteral("cvm-instances-%1.csv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

QString InstanceActions::writeCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(csv(true));
    if (!file.commit())
        return tr("Cannot save “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void InstanceActions::chooseCsvToExport()
{
    const int count = int(exportRows(true).size());
    auto *dialog = new QFileDialog(m_dialogParent, tr("Export instances as CSV"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(suggestedCsvPath());
    connect(dialog, &QFileDialog::fileSelected, this, [this, count](const QString &path) {
        const QString error = writeCsv(path);
        if (error.isEmpty())
            Q_EMIT message(tr("Exported %n row(s) to %1.", nullptr, count)
                               .arg(QDir::toNativeSeparators(path)));
        else
            showError(tr("Cannot export the instances"), error);
    });
    dialog->open();
}

void InstanceActions::showError(const QString &title, const QString &text) const
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
