// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/instancespanel.h"

#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "main/instancedetails.h"
#include "main/instancefilterproxymodel.h"
#include "main/statusiconproxymodel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const QString HideFinishedKey = QStringLiteral("view/hideFinishedLaunches");
const QString ShowArchivedKey = QStringLiteral("view/showArchivedLaunches");

// A checkbox for a checkable action: one state, two places (the panel and the View menu).
QCheckBox *boxFor(QAction *action, const QString &text, const QString &objectName, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setToolTip(action->statusTip());
    box->setChecked(action->isChecked());
    QObject::connect(box, &QCheckBox::toggled, action, &QAction::setChecked);
    QObject::connect(action, &QAction::toggled, box, &QCheckBox::setChecked);
    return box;
}
} // namespace

InstancesPanel::InstancesPanel(LaunchController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *iconProxy = new StatusIconProxyModel(this);
    iconProxy->setSourceModel(controller->launches());
    m_proxy = new InstanceFilterProxyModel(this);
    m_proxy->setActiveProfileId(controller->activeProfileId());
    connect(controller, &LaunchController::activeProfileChanged, m_proxy,
            &InstanceFilterProxyModel::setActiveProfileId);
    m_proxy->setSourceModel(iconProxy);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(InstanceModel::SortRole);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("instanceFilter"));
    m_filter->setPlaceholderText(tr("Instance ID, name, zone, status, IP…"));
    // The clear button shows only when there is text; enabling it loads its theme icon (7-15 ms
    // here), so that waits for the first text rather than delaying the window at start-up.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !m_filter->isClearButtonEnabled())
            m_filter->setClearButtonEnabled(true);
    });
    // Not "&Filter": Alt+F opens the File menu.
    auto *filterLabel = new QLabel(tr("Fi&lter:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("instancesView"));
    m_view->setAccessibleName(tr("Launches and their instances"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setUniformRowHeights(true);
    // Tab leaves the tree for the next widget; the arrow keys move within it.
    m_view->setTabKeyNavigation(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InstanceModel::LaunchedAtColumn, Qt::DescendingOrder);
    m_view->header()->setStretchLastSection(true);
    // One line a row: a cell too narrow elides rather than doubling the row's height.
    m_view->setWordWrap(false);
    m_view->setColumnHidden(InstanceModel::AccountColumn, true);
    // The launches come expanded: their instances are what is looked at.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view,
            [this](const QModelIndex &under, int first, int last) {
                if (under.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_view->expand(m_proxy->index(row, 0));
            });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_view, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLine"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(0);
    connect(&m_summaryTimer, &QTimer::timeout, this, &InstancesPanel::updateSummary);
    const auto summaryLater = [this] { m_summaryTimer.start(); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, summaryLater);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, summaryLater);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, summaryLater);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, summaryLater);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, summaryLater);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_details->setAccessibleName(tr("Details of the selected row"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setPlaceholderText(
        tr("Select a launch or an instance to see its details and launch parameters."));

    buildActions();
    m_showAllBox =
        boxFor(m_showAllAction, tr("Show &all accounts"), QStringLiteral("showAllAccounts"), this);
    m_hideFinishedBox = boxFor(m_hideFinishedAction, tr("Hide fi&nished launches"),
                               QStringLiteral("hideFinishedLaunches"), this);
    m_showArchivedBox = boxFor(m_showArchivedAction, tr("Show ar&chived launches"),
                               QStringLiteral("showArchivedLaunches"), this);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_showAllBox);
    filterRow->addWidget(m_hideFinishedBox);
    filterRow->addWidget(m_showArchivedBox);
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_summary);
    tableLayout->addWidget(m_view, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tableBox);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(splitter);
    // Filter, tree, details: the way the eye goes. The view switches come last.
    setTabOrder(m_filter, m_view);
    setTabOrder(m_view, m_details);
    setTabOrder(m_details, m_showAllBox);
    setTabOrder(m_showAllBox, m_hideFinishedBox);
    setTabOrder(m_hideFinishedBox, m_showArchivedBox);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InstancesPanel::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_view->currentIndex();
                if (current.parent() == topLeft.parent() && current.row() >= topLeft.row() &&
                    current.row() <= bottomRight.row()) {
                    updateActions();
                    showDetails();
                }
            });
    QHeaderView *header = m_view->header();
    connect(header, &QHeaderView::sectionResized, this, [this, header](int section) {
        // The last section stretches with the window, and a hidden one (Account) has no width;
        // only a drag elsewhere is the operator's.
        if (!m_fittingColumns && section != stretchedColumn() && !header->isSectionHidden(section))
            m_columnsSizedByHand = true;
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                widenColumns(under, first, last, 0, m_proxy->columnCount() - 1);
            });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                widenColumns(topLeft.parent(), topLeft.row(), bottomRight.row(), topLeft.column(),
                             bottomRight.column());
            });
    m_view->expandAll();
    // The headers' widths, once the window is up (and whatever the journal brought by then).
    QTimer::singleShot(0, this, &InstancesPanel::fitColumns);
    updateActions();
    updateSummary();
}

void InstancesPanel::buildActions()
{
    QSettings settings;
    m_showAllAction = new QAction(tr("Show instances of &all accounts"), this);
    m_showAllAction->setObjectName(QStringLiteral("showAllAccountsAction"));
    m_showAllAction->setCheckable(true);
    m_showAllAction->setStatusTip(
        tr("Show the instances of every profile, with an Account column, not only the active "
           "profile's"));
    connect(m_showAllAction, &QAction::toggled, this, &InstancesPanel::showAllAccounts);

    m_hideFinishedAction = new QAction(tr("Hide &finished launches"), this);
    m_hideFinishedAction->setObjectName(QStringLiteral("hideFinishedAction"));
    m_hideFinishedAction->setCheckable(true);
    m_hideFinishedAction->setStatusTip(
        tr("Leave out launches whose instances were all returned or never created"));
    m_hideFinishedAction->setChecked(settings.value(HideFinishedKey, false).toBool());
    m_proxy->setHideFinished(m_hideFinishedAction->isChecked());
    connect(m_hideFinishedAction, &QAction::toggled, this, [this](bool hide) {
        m_proxy->setHideFinished(hide);
        QSettings().setValue(HideFinishedKey, hide);
    });

    m_showArchivedAction = new QAction(tr("Show a&rchived launches"), this);
    m_showArchivedAction->setObjectName(QStringLiteral("showArchivedAction"));
    m_showArchivedAction->setCheckable(true);
    m_showArchivedAction->setStatusTip(tr("Show the launches you archived as well"));
    m_showArchivedAction->setChecked(settings.value(ShowArchivedKey, false).toBool());
    m_proxy->setShowArchived(m_showArchivedAction->isChecked());
    connect(m_showArchivedAction, &QAction::toggled, this, [this](bool show) {
        m_proxy->setShowArchived(show);
        QSettings().setValue(ShowArchivedKey, show);
    });

    m_archiveAction = new QAction(tr("Ar&chive launch"), this);
    m_archiveAction->setObjectName(QStringLiteral("archiveLaunchAction"));
    connect(m_archiveAction, &QAction::triggered, this, &InstancesPanel::archiveSelected);

    m_view->addAction(m_archiveAction);
}

QSortFilterProxyModel *InstancesPanel::proxy() const
{
    return m_proxy;
}

void InstancesPanel::showAllAccounts(bool all)
{
    m_proxy->setShowAllAccounts(all);
    m_fittingColumns = true; // the stretched column changes: not the operator's doing
    m_view->setColumnHidden(InstanceModel::AccountColumn, !all);
    m_fittingColumns = false;
    fitColumns();
}

int InstancesPanel::stretchedColumn() const
{
    // The last visible column: the Account column is hidden unless all accounts show.
    const QHeaderView *header = m_view->header();
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            return logical;
    }
    return header->count() - 1;
}

void InstancesPanel::fitColumns()
{
    if (m_columnsSizedByHand)
        return;
    m_fittingColumns = true;
    // The header measures at most resizeContentsPrecision() rows (1,000), visible ones first.
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (column != stretchedColumn())
            m_view->resizeColumnToContents(column);
    }
    m_fittingColumns = false;
}

void InstancesPanel::widenColumns(const QModelIndex &parent, int firstRow, int lastRow,
                                  int firstColumn, int lastColumn)
{
    if (m_columnsSizedByHand)
        return;
    // Only the rows that changed, never narrower: a poll round over 10,000 instances costs what
    // its changes cost (a full re-measure took 42 ms here, on every round).
    lastRow = qMin(lastRow, firstRow + m_view->header()->resizeContentsPrecision() - 1);
    lastColumn = qMin(lastColumn, stretchedColumn() - 1); // the last one stretches
    // The first column is indented: one step for a launch, two for its instances.
    const int indent = m_view->indentation() * (parent.isValid() ? 2 : 1);
    m_fittingColumns = true;
    for (int column = firstColumn; column <= lastColumn; ++column) {
        int width = m_view->columnWidth(column);
        for (int row = firstRow; row <= lastRow; ++row) {
            const int hint = m_view->sizeHintForIndex(m_proxy->index(row, column, parent)).width();
            width = qMax(width, hint + (column == 0 ? indent : 0));
        }
        if (width > m_view->columnWidth(column))
            m_view->setColumnWidth(column, width);
    }
    m_fittingColumns = false;
}

QStringList InstancesPanel::selectedLaunchIds() const
{
    QStringList ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex();
    for (const QModelIndex &row : std::as_const(rows)) {
        if (row.data(LaunchTreeModel::IsLaunchRole).toBool())
            ids << row.data(InstanceModel::LaunchIdRole).toString();
    }
    return ids;
}

void InstancesPanel::updateActions()
{
    // Archiving hides a launch: only one with nothing left alive (nothing that still costs).
    bool allArchived = true;
    bool allFinished = true;
    const QStringList launches = selectedLaunchIds();
    for (const QString &id : launches) {
        const QModelIndex launch = m_controller->launches()->launchIndex(id);
        allArchived &= launch.data(LaunchTreeModel::ArchivedRole).toBool();
        allFinished &= launch.data(LaunchTreeModel::FinishedRole).toBool();
    }
    const bool restore = !launches.isEmpty() && allArchived;
    m_archiveAction->setText(restore ? tr("Bring back from ar&chive") : tr("Ar&chive launch"));
    m_archiveAction->setEnabled(!launches.isEmpty() && (restore || allFinished));
    if (launches.isEmpty())
        m_archiveAction->setToolTip(tr("Select a launch's row to archive it"));
    else if (!restore && !allFinished)
        m_archiveAction->setToolTip(
            tr("Only launches whose instances were all returned or never created can be "
               "archived"));
    else
        m_archiveAction->setToolTip(
            restore ? tr("Show the launch again without “Show archived launches”")
                    : tr("Hide the launch unless “Show archived launches” is on; it stays in "
                         "the journal"));
    m_archiveAction->setStatusTip(m_archiveAction->toolTip());
}

void InstancesPanel::archiveSelected()
{
    const QStringList launches = selectedLaunchIds();
    bool allArchived = !launches.isEmpty();
    for (const QString &id : launches)
        allArchived &=
            m_controller->launches()->launchIndex(id).data(LaunchTreeModel::ArchivedRole).toBool();
    for (const QString &id : launches) {
        const QModelIndex launch = m_controller->launches()->launchIndex(id);
        if (allArchived || launch.data(LaunchTreeModel::FinishedRole).toBool())
            m_controller->setLaunchArchived(id, !allArchived);
    }
    updateActions();
}

void InstancesPanel::showDetails()
{
    m_details->setPlainText(InstanceDetails::text(m_view->currentIndex(), m_controller));
}

QString InstancesPanel::summaryText() const
{
    return m_summary->text();
}

void InstancesPanel::updateSummary()
{
    // The launches shown: the account switch, the finished and archived switches and the filter
    // text all narrow what is added up.
    QStringList launches;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        launches << m_proxy->index(row, 0).data(InstanceModel::LaunchIdRole).toString();
    m_summary->setText(summaryText(m_controller->launches()->summary(launches)));
}

QString InstancesPanel::summaryText(const LaunchTreeModel::Summary &summary)
{
    const LaunchProgress &p = summary.progress;
    QStringList parts;
    parts << tr("Creating: %1").arg(p.creating) << tr("Running: %1").arg(p.running)
          << tr("Failed: %1").arg(p.failed);
    if (p.waiting > 0)
        parts << tr("Waiting for status: %1").arg(p.waiting);
    const QString cost = QLocale().toString(summary.runningCostPerHour, 'f', 2);
    if (summary.runningUnpriced == 0)
        parts << tr("Running cost: ¥%1 per hour").arg(cost);
    else if (summary.runningUnpriced == p.running)
        parts << tr("Running cost: price unknown");
    else
        parts << tr("Running cost: ¥%1 per hour, and %2 running with no recorded price")
                     .arg(cost)
                     .arg(summary.runningUnpriced);
    return parts.join(tr(" · "));
}
