// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/securitygrouppicker.h"

#include "api/cloudapi.h"
#include "widgets/loadstatus.h"
#include "wizard/latestrequest.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

SecurityGroupPicker::SecurityGroupPicker(QWidget *parent)
    : QWidget(parent)
    , m_listRequest(new LatestRequest(this))
    , m_rulesRequest(new LatestRequest(this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("securityGroupSearch"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setAccessibleName(tr("Search security groups by name"));
    m_search->setClearButtonEnabled(true);
    for (QToolButton *clear : m_search->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear the search"));
    m_status = new LoadStatus(tr("the security groups"), this);
    m_status->setObjectName(QStringLiteral("securityGroupStatus"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("securityGroupList"));
    m_list->setAccessibleName(tr("Security groups"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 7);
    m_chosenLabel = new QLabel(this);
    m_chosenLabel->setObjectName(QStringLiteral("securityGroupChosen"));
    m_chosenLabel->setWordWrap(true);
    m_rules = new QLabel(this);
    m_rules->setObjectName(QStringLiteral("securityGroupRules"));
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(m_list);
    layout->addWidget(m_chosenLabel);
    layout->addWidget(m_rules);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SearchDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SecurityGroupPicker::load);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_status, &LoadStatus::retryRequested, this, &SecurityGroupPicker::load);
    connect(m_list, &QListWidget::itemChanged, this, &SecurityGroupPicker::onItemChanged);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showRules(item->data(Qt::UserRole).toString());
    });
    // A group is ticked by its box, by Space, by Enter or by a double click on its name; a
    // single click only shows its rules.
    connect(m_list, &QListWidget::itemDoubleClicked, this, &SecurityGroupPicker::toggle);
    m_list->installEventFilter(this);
    updateChosenLabel();
}

void SecurityGroupPicker::setCloudApi(CloudApi *api)
{
    m_api = api;
    m_listRequest->cancel();
    m_rulesRequest->cancel();
    m_groups.clear();
    m_policies.clear();
    m_status->setDone();
    m_rules->clear();
    fillList();
}

void SecurityGroupPicker::load()
{
    m_debounce.stop();
    if (!m_api)
        return;
    m_status->setLoading();
    CloudApi *api = m_api;
    const QString name = m_search->text().trimmed();
    m_listRequest->start<QList<SecurityGroup>>(
        [api, name](QObject *context, CloudApi::Callback<QList<SecurityGroup>> done) {
            return api->describeSecurityGroups(name, context, std::move(done));
        },
        [this](const ApiResult<QList<SecurityGroup>> &result) {
            if (!result.ok()) {
                m_status->setFailed(result.error);
                return;
            }
            onListed(*result.value);
        });
}

void SecurityGroupPicker::onListed(const QList<SecurityGroup> &groups)
{
    m_groups = groups;
    if (groups.isEmpty()) {
        m_status->setEmpty(
            m_search->text().trimmed().isEmpty()
                ? tr("This region has no security group yet.")
                : tr("No security group's name contains \"%1\".").arg(m_search->text().trimmed()));
    } else {
        m_status->setDone();
    }
    fillList();
    // What a group lets in is the point of choosing it: show the first one's rules at once.
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void SecurityGroupPicker::setChosen(const QStringList &ids)
{
    if (ids == m_chosen)
        return;
    m_chosen = ids;
    fillList();
}

void SecurityGroupPicker::fillList()
{
    m_filling = true;
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const SecurityGroup &group : std::as_const(m_groups)) {
        QString text = tr("%1 (%2)").arg(group.name, group.securityGroupId);
        if (group.isDefault)
            text += tr(" — the project's default group");
        if (!group.description.isEmpty())
            text += tr(": %1").arg(group.description);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, group.securityGroupId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_chosen.contains(group.securityGroupId) ? Qt::Checked : Qt::Unchecked);
        if (group.securityGroupId == current)
            m_list->setCurrentItem(item);
    }
    m_filling = false;
    updateChosenLabel();
}

void SecurityGroupPicker::onItemChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const bool checked = item->checkState() == Qt::Checked;
    if (checked == m_chosen.contains(id))
        return;
    if (checked)
        m_chosen.append(id);
    else
        m_chosen.removeAll(id);
    updateChosenLabel();
    m_list->setCurrentItem(item);
    showRules(id); // its heading says chosen or not
    Q_EMIT chosenChanged(m_chosen);
}

void SecurityGroupPicker::toggle(QListWidgetItem *item)
{
    if (item)
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

bool SecurityGroupPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            toggle(m_list->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SecurityGroupPicker::updateChosenLabel()
{
    m_chosenLabel->setText(m_chosen.isEmpty() ? tr("No security group chosen.")
                                              : tr("Chosen: %1").arg(m_chosen.join(tr(", "))));
}

void SecurityGroupPicker::showRules(const QString &groupId)
{
    const auto show = [this, groupId](const SecurityGroupPolicies &policies) {
        // The highlighted group is not always a chosen one: the heading says which it is.
        const QString heading =
            m_chosen.contains(groupId)
                ? tr("Inbound rules of %1:").arg(groupId)
                : tr("Inbound rules of %1 (not chosen: tick it to use it):").arg(groupId);
        QString text = heading + u'\n' + policies.inboundSummary().join(u'\n');
        if (policies.opensToInternet())
            text += u'\n' + tr("Warning: this group lets the whole internet in.");
        m_rules->setText(text);
    };
    if (m_policies.contains(groupId)) {
        show(m_policies.value(groupId));
        return;
    }
    if (!m_api)
        return;
    m_rules->setText(tr("Loading the inbound rules of %1…").arg(groupId));
    CloudApi *api = m_api;
    m_rulesRequest->start<SecurityGroupPolicies>(
        [api, groupId](QObject *context, CloudApi::Callback<SecurityGroupPolicies> done) {
            return api->describeSecurityGroupPolicies(groupId, context, std::move(done));
        },
        [this, groupId, show](const ApiResult<SecurityGroupPolicies> &result) {
            if (!result.ok()) {
                m_rules->setText(
                    LoadStatus::describe(tr("the rules of %1").arg(groupId), result.error));
                return;
            }
            m_policies.insert(groupId, *result.value);
            show(*result.value);
        });
}

QString SecurityGroupPicker::rulesText() const
{
    return m_rules->text();
}
