// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/reviewpage.h"

#include "widgets/loadstatus.h"
#include "widgets/pricepanel.h"
#include "wizard/latestrequest.h"
#include "wizard/launchdraft.h"
#include "wizard/launchsummary.h"
#include "wizard/launchwizard.h"
#include "wizard/pricequoter.h"
#include "wizard/requestpreview.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

ReviewPage::ReviewPage(LaunchDraft *draft, PriceQuoter *quoter, QWidget *parent)
    : LaunchPage(draft, {}, parent)
    , m_quoter(quoter)
{
    setTitle(tr("Review and launch"));
    setSubTitle(tr("Check every choice. Launch creates the instances and starts billing by the "
                   "hour."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Launch"));
    m_dryRun = new LatestRequest(this);

    m_summary = new QTreeWidget(this);
    m_summary->setObjectName(QStringLiteral("summaryView"));
    m_summary->setAccessibleName(tr("Summary of the launch"));
    m_summary->setColumnCount(2);
    m_summary->setHeaderLabels({tr("Setting"), tr("Choice")});
    m_summary->setRootIsDecorated(false);
    m_summary->setAllColumnsShowFocus(true);
    m_summary->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);
    // The keyboard's and the screen reader's way to a step: Enter (or a double click) on any
    // row of a section goes to its step, as the section's Edit button does.
    m_summary->setAccessibleDescription(tr("Press Enter on a row to change it on its step."));
    connect(m_summary, &QTreeWidget::itemActivated, this, &ReviewPage::editRowStep);
    // The view lets Enter go on to the wizard's default button after activating (Next would
    // then leave the step just opened): the page takes it instead.
    m_summary->installEventFilter(this);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("requestPreview"));
    m_preview->setAccessibleName(tr("Request preview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);

    // The preview with what can be done with it: copied as it is, or as a tccli command.
    auto *previewTab = new QWidget(this);
    auto *copy = new QPushButton(tr("&Copy"), previewTab);
    copy->setObjectName(QStringLiteral("copyPreviewButton"));
    copy->setAutoDefault(false);
    copy->setToolTip(tr("Copy the request preview to the clipboard (no secret is in it)."));
    m_copyCommand = new QPushButton(tr("Copy as &tccli command"), previewTab);
    m_copyCommand->setObjectName(QStringLiteral("copyCommandButton"));
    m_copyCommand->setAutoDefault(false);
    m_copied = new QLabel(previewTab);
    m_copied->setObjectName(QStringLiteral("copiedLabel"));
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(copy);
    copyRow->addWidget(m_copyCommand);
    copyRow->addWidget(m_copied, 1);
    auto *previewLayout = new QVBoxLayout(previewTab);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addLayout(copyRow);
    connect(copy, &QPushButton::clicked, this, [this] { copyPreview(false); });
    connect(m_copyCommand, &QPushButton::clicked, this, [this] { copyPreview(true); });

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reviewTabs"));
    tabs->setAccessibleName(tr("Summary and request preview"));
    tabs->addTab(m_summary, tr("S&ummary"));
    tabs->addTab(previewTab, tr("Re&quest preview"));

    m_price = new PricePanel(this);
    m_price->setObjectName(QStringLiteral("reviewPrice"));
    m_errorsLabel = new QLabel(this);
    m_errorsLabel->setObjectName(QStringLiteral("reviewErrors"));
    m_errorsLabel->setWordWrap(true);
    m_dryRunLabel = new QLabel(this);
    m_dryRunLabel->setObjectName(QStringLiteral("dryRunLabel"));
    m_dryRunLabel->setWordWrap(true);
    m_dryRunStatus = new LoadStatus(tr("the service's check"), this);
    m_quotaLabel = new QLabel(this);
    m_quotaLabel->setObjectName(QStringLiteral("reviewQuota"));
    m_quotaLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Price:"), m_price);
    form->addRow(tr("Quota:"), m_quotaLabel);
    auto *layout = new QVBoxLayout(body());
    layout->addWidget(tabs, 1);
    layout->addLayout(form);
    layout->addWidget(m_errorsLabel);
    layout->addWidget(m_dryRunLabel);
    layout->addWidget(m_dryRunStatus);

    connect(m_quoter, &PriceQuoter::stateChanged, this, &ReviewPage::showPrice);
    connect(m_price, &PricePanel::retryRequested, m_quoter, &PriceQuoter::refresh);
    connect(m_dryRunStatus, &LoadStatus::retryRequested, this, &ReviewPage::startDryRun);
    showPrice();
}

bool ReviewPage::isComplete() const
{
    return !draft()->hasAnyError();
}

void ReviewPage::setCloudApi(CloudApi *api)
{
    LaunchPage::setCloudApi(api);
    // Another account may speak another protocol: the preview is its backend's.
    m_preview->setPlainText(RequestPreview::text(draft()->spec(), api));
    m_cliCommand = RequestPreview::cliCommand(draft()->spec(), api);
    m_dryRun->cancel();
    m_dryRunLabel->clear();
    m_dryRunStatus->setDone();
    showQuota();
}

QString ReviewPage::previewText() const
{
    return m_preview->toPlainText();
}

QString ReviewPage::summaryText() const
{
    QStringList lines;
    for (int i = 0; i < m_summary->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *section = m_summary->topLevelItem(i);
        for (int j = 0; j < section->childCount(); ++j) {
            const QTreeWidgetItem *item = section->child(j);
            lines << item->text(0) + QStringLiteral(": ") + item->text(1);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void ReviewPage::copyPreview(bool asCommand)
{
    // Both are built without secrets: the password is a mask or a placeholder.
    QGuiApplication::clipboard()->setText(asCommand ? m_cliCommand : m_preview->toPlainText());
    m_copied->setText(asCommand ? tr("Copied the tccli command; put in the password where it "
                                     "says <PASSWORD>.")
                                : tr("Copied."));
}

void ReviewPage::initializePage()
{
    LaunchPage::initializePage();
    startDryRun();
}

void ReviewPage::editRowStep(const QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QTreeWidgetItem *section = item->parent() ? item->parent() : item;
    bool ok = false;
    const int step = section->data(0, Qt::UserRole).toInt(&ok);
    if (ok && step >= 0)
        Q_EMIT editRequested(step);
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_summary && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            editRowStep(m_summary->currentItem());
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn) {
        if (QTreeWidgetItem *section = m_editSections.value(watched))
            m_summary->scrollToItem(section);
    }
    return LaunchPage::eventFilter(watched, event);
}

void ReviewPage::refresh()
{
    const LaunchSpec &spec = draft()->spec();
    m_summary->clear();
    m_editSections.clear();
    QList<SpecField> fields;
    const LaunchSummary::Lines lines =
        LaunchSummary::lines(spec, draft()->catalog(), draft()->image(),
                             cloudApi() ? cloudApi()->version() : ApiConfig::Version::V2, &fields);
    // One section per step, in the order the lines first name them, each with an Edit link to
    // its step.
    QHash<int, QTreeWidgetItem *> sections;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto [step, title] = m_stepOf ? m_stepOf(fields.value(i)) : qMakePair(-1, QString());
        QTreeWidgetItem *section = sections.value(step);
        if (!section) {
            const int sectionStep = step;
            section = new QTreeWidgetItem(m_summary, {title.isEmpty() ? tr("Launch") : title});
            sections.insert(step, section);
            QFont bold = section->font(0);
            bold.setBold(true);
            section->setFont(0, bold);
            section->setData(0, Qt::UserRole, step);
            if (step >= 0) {
                auto *edit = new QPushButton(tr("Edit"), m_summary);
                edit->setObjectName(QStringLiteral("editStep%1").arg(step));
                edit->setAccessibleName(tr("Edit %1").arg(title));
                // Not flat: a flat button showed no focus when Tab reached it.
                edit->setAutoDefault(false);
                edit->installEventFilter(this);
                m_editSections.insert(edit, section);
                edit->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
                connect(edit, &QPushButton::clicked, this,
                        [this, sectionStep] { Q_EMIT editRequested(sectionStep); });
                // At the start of the cell, where the eye reads the section's values.
                auto *holder = new QWidget(m_summary);
                auto *row = new QHBoxLayout(holder);
                row->setContentsMargins(0, 0, 0, 0);
                row->addWidget(edit);
                row->addStretch(1);
                m_summary->setItemWidget(section, 1, holder);
            }
        }
        new QTreeWidgetItem(section, {lines.at(i).first, lines.at(i).second});
    }
    m_summary->expandAll();
    m_preview->setPlainText(RequestPreview::text(spec, cloudApi()));
    m_cliCommand = RequestPreview::cliCommand(spec, cloudApi());
    m_copyCommand->setEnabled(!m_cliCommand.isEmpty());
    m_copyCommand->setToolTip(m_cliCommand.isEmpty()
                                  ? tr("tccli speaks API 3.0 only; this profile uses API 2.0.")
                                  : tr("Copy the request as a tccli command line (the password "
                                       "as a placeholder)."));
    const int errors =
        static_cast<int>(std::count_if(draft()->findings().begin(), draft()->findings().end(),
                                       [](const Finding &finding) { return finding.isError(); }));
    m_errorsLabel->setVisible(errors > 0);
    m_errorsLabel->setText(tr("Error: %n choice(s) must be fixed before launching; the steps "
                              "marked in the list need attention.",
                              nullptr, errors));
    showQuota();
    if (isVisible() && spec.withoutSecrets() != m_dryRunSpec.withoutSecrets())
        startDryRun();
}

void ReviewPage::showQuota()
{
    // The pre-flight's third answer beside the price and the dry run (DescribeAccountQuota,
    // PostPaidQuotaSet of the zone); API 2.0 has no quota action.
    const bool v3 = cloudApi() && cloudApi()->version() == ApiConfig::Version::V3;
    const std::optional<AccountQuota> &quota = draft()->quota();
    const AccountQuota::Zone *zone = quota ? quota->forZone(draft()->v3Zone()) : nullptr;
    const int count = draft()->spec().goodsNum;
    if (!v3) {
        m_quotaLabel->setText(tr("not read: API 2.0 has no quota action; the service checks it "
                                 "when the launch is sent."));
    } else if (!zone) {
        m_quotaLabel->setText(tr("not read yet for this zone; the service checks it when the "
                                 "launch is sent."));
    } else if (count <= zone->remaining) {
        m_quotaLabel->setText(tr("%n instance(s) of %1 left in this zone: enough for this launch.",
                                 nullptr, zone->remaining)
                                  .arg(zone->total));
    } else {
        m_quotaLabel->setText(tr("Error: only %n instance(s) of %1 left in this zone, %2 asked "
                                 "for.",
                                 nullptr, zone->remaining)
                                  .arg(zone->total)
                                  .arg(count));
    }
}

void ReviewPage::showPrice()
{
    switch (m_quoter->state()) {
    case PriceQuoter::State::NotReady:
        m_price->setUnavailable(m_quoter->notReadyReason());
        break;
    case PriceQuoter::State::Waiting:
    case PriceQuoter::State::Loading:
        m_price->setWaiting();
        break;
    case PriceQuoter::State::Quoted:
        m_price->setPrice(*m_quoter->price(), m_quoter->goodsNum());
        break;
    case PriceQuoter::State::Failed:
        m_price->setFailed(m_quoter->error());
        break;
    }
}

void ReviewPage::startDryRun()
{
    CloudApi *api = cloudApi();
    m_dryRunSpec = draft()->spec();
    if (!api || !api->supportsDryRun() || draft()->hasAnyError()) {
        m_dryRun->cancel();
        m_dryRunStatus->setDone();
        m_dryRunLabel->setVisible(false);
        return;
    }
    const LaunchSpec spec = m_dryRunSpec;
    m_dryRunLabel->setVisible(false);
    m_dryRunStatus->setLoading();
    m_dryRun->start<bool>(
        [api, spec](QObject *context, CloudApi::Callback<bool> done) {
            return api->dryRun(spec, context, std::move(done));
        },
        [this](const ApiResult<bool> &result) {
            if (!result.ok()) {
                m_dryRunStatus->setFailed(result.error);
                return;
            }
            m_dryRunStatus->setDone();
            m_dryRunLabel->setVisible(true);
            m_dryRunLabel->setText(*result.value
                                       ? tr("Checked: the service would accept this launch.")
                                       : tr("Warning: the service's check did not accept this "
                                            "launch. Review the choices, or launch anyway to "
                                            "see the service's reason."));
        });
}

bool ReviewPage::validatePage()
{
    if (draft()->hasAnyError())
        return false;
    Q_EMIT launchConfirmed();
    return true;
}
