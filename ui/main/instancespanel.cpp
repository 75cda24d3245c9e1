// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/instancespanel.h"

#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "main/instancefilterproxymodel.h"
#include "main/statusiconproxymodel.h"
#include "spec/launchspecjson.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString batchStateText(BatchRecord::State state)
{
    switch (state) {
    case BatchRecord::State::Planned:
        return InstancesPanel::tr("not sent yet");
    case BatchRecord::State::Sent:
        return InstancesPanel::tr("sent, waiting for the answer");
    case BatchRecord::State::Answered:
        return InstancesPanel::tr("created");
    case BatchRecord::State::Failed:
        return InstancesPanel::tr("failed");
    case BatchRecord::State::Unconfirmed:
        return InstancesPanel::tr("outcome unknown, will ask again");
    }
    return {};
}

} // namespace

InstancesPanel::InstancesPanel(LaunchController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *iconProxy = new StatusIconProxyModel(this);
    iconProxy->setSourceModel(controller->model());
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
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("instancesView"));
    m_view->setAccessibleName(tr("Launched instances"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InstanceModel::LaunchedAtColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // One line a row: a cell too narrow elides rather than doubling the row's height.
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setColumnHidden(InstanceModel::AccountColumn, true);

    // A checkbox beside the filter and a checkable action for the menu, one state.
    m_showAllAction = new QAction(tr("Show instances of &all accounts"), this);
    m_showAllAction->setObjectName(QStringLiteral("showAllAccountsAction"));
    m_showAllAction->setCheckable(true);
    m_showAllAction->setStatusTip(
        tr("Show the instances of every profile, with an Account column, not only the active "
           "profile's"));
    m_showAllBox = new QCheckBox(tr("Show &all accounts"), this);
    m_showAllBox->setObjectName(QStringLiteral("showAllAccounts"));
    m_showAllBox->setToolTip(m_showAllAction->statusTip());
    connect(m_showAllAction, &QAction::toggled, this, &InstancesPanel::showAllAccounts);
    connect(m_showAllBox, &QCheckBox::toggled, m_showAllAction, &QAction::setChecked);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_details->setAccessibleName(tr("Details of the selected instance"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an instance to see its launch parameters."));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addWidget(m_showAllBox);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(splitter);
    setTabOrder(m_filter, m_showAllBox);
    setTabOrder(m_showAllBox, m_view);
    setTabOrder(m_view, m_details);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InstancesPanel::showDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_view->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showDetails();
            });
    QHeaderView *header = m_view->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this, header](int section) {
        // The last section stretches with the window, and a hidden one (Account) has no width;
        // only a drag elsewhere is the operator's.
        if (!m_fittingColumns && section != stretchedColumn() && !header->isSectionHidden(section))
            m_columnsSizedByHand = true;
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                widenColumns(first, last, 0, m_proxy->columnCount() - 1);
            });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                widenColumns(topLeft.row(), bottomRight.row(), topLeft.column(),
                             bottomRight.column());
            });
    // The headers' widths, once the window is up (and whatever the journal brought by then).
    QTimer::singleShot(0, this, &InstancesPanel::fitColumns);
}

QSortFilterProxyModel *InstancesPanel::proxy() const
{
    return m_proxy;
}

void InstancesPanel::showAllAccounts(bool all)
{
    m_showAllBox->setChecked(all);
    m_proxy->setShowAllAccounts(all);
    m_fittingColumns = true; // the stretched column changes: not the operator's doing
    m_view->setColumnHidden(InstanceModel::AccountColumn, !all);
    m_fittingColumns = false;
    fitColumns();
}

int InstancesPanel::stretchedColumn() const
{
    // The last visible column: the Account column is hidden unless all accounts show.
    const QHeaderView *header = m_view->horizontalHeader();
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

void InstancesPanel::widenColumns(int firstRow, int lastRow, int firstColumn, int lastColumn)
{
    if (m_columnsSizedByHand)
        return;
    // Only the rows that changed, never narrower: a poll round over 10,000 instances costs what
    // its changes cost (a full re-measure took 42 ms here, on every round).
    lastRow = qMin(lastRow, firstRow + m_view->horizontalHeader()->resizeContentsPrecision() - 1);
    lastColumn = qMin(lastColumn, stretchedColumn() - 1); // the last one stretches
    const int grid = m_view->showGrid() ? 1 : 0;
    m_fittingColumns = true;
    for (int column = firstColumn; column <= lastColumn; ++column) {
        int width = m_view->columnWidth(column);
        for (int row = firstRow; row <= lastRow; ++row)
            width =
                qMax(width, m_view->sizeHintForIndex(m_proxy->index(row, column)).width() + grid);
        if (width > m_view->columnWidth(column))
            m_view->setColumnWidth(column, width);
    }
    m_fittingColumns = false;
}

void InstancesPanel::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    QStringList lines;
    const auto cell = [&current](int column) {
        return current.siblingAtColumn(column).data().toString();
    };
    lines << tr("Instance: %1").arg(cell(InstanceModel::IdColumn))
          << tr("Status: %1").arg(cell(InstanceModel::StatusColumn));
    const QString error = current.data(InstanceModel::ErrorRole).toString();
    if (!error.isEmpty())
        lines << tr("Error: %1").arg(error);

    const auto record =
        m_controller->launchRecord(current.data(InstanceModel::LaunchIdRole).toString());
    const QString account = cell(InstanceModel::AccountColumn);
    if (record && !record->region.isEmpty())
        lines << tr("Account: %1, region %2").arg(account, record->region);
    else if (record && !record->profileId.isEmpty())
        // Journals written before the region was recorded: the profile's region is used.
        lines << tr("Account: %1, in the profile's region").arg(account);
    else
        lines << tr("Account: %1").arg(account);
    if (record) {
        lines << QString()
              << tr("Launch %1, started %2")
                     .arg(record->id,
                          QLocale().toString(record->createdAt.toLocalTime(), QLocale::LongFormat));
        for (int i = 0; i < record->batches.size(); ++i) {
            const BatchRecord &batch = record->batches.at(i);
            QString line = tr("Batch %1: %n instance(s), %2", nullptr, batch.count)
                               .arg(i + 1)
                               .arg(batchStateText(batch.state));
            if (!batch.error.isEmpty())
                line += QStringLiteral(" — ") + batch.error;
            lines << line;
        }
        lines << QString() << tr("Parameters:");
        // The API's own parameter names: what the operator sees in Tencent's documentation.
        const QJsonObject spec = LaunchSpecJson::write(record->spec);
        for (auto it = spec.constBegin(); it != spec.constEnd(); ++it)
            lines << QStringLiteral("  ") + it.key() + QStringLiteral(": ") +
                         it.value().toVariant().toString();
        if (record->needsPassword)
            lines << tr("  password: (kept only in the keychain while the launch is sent)");
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}
