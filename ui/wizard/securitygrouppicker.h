// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apierror.h"
#include "offer/securitygroup.h"
#include "offer/securitygrouppolicies.h"

#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class CloudApi;
class LatestRequest;
class LoadStatus;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

// API 3.0's security groups (安全组) for RunInstances.SecurityGroupIds: the region's groups from
// vpc DescribeSecurityGroups (every page; the search box asks the service for names containing
// the text, filter security-group-name, about 300 ms after the last key), each checkable, and the
// inbound rules of the current one from DescribeSecurityGroupPolicies (asked once per group).
// Loads only when load() is called, so a profile that never reaches the step asks nothing.
class SecurityGroupPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDebounceMs = 300;

    explicit SecurityGroupPicker(QWidget *parent = nullptr);

    void setCloudApi(CloudApi *api);
    // Lists the groups (again) for the current search text.
    void load();
    // The groups shown checked; ids not in the list stay chosen and are named below it.
    void setChosen(const QStringList &ids);
    const QStringList &chosen() const { return m_chosen; }
    // The inbound rules shown for the current group, one per line; for tests.
    QString rulesText() const;

Q_SIGNALS:
    // The operator checked or unchecked a group: the ids chosen now, in list order.
    void chosenChanged(const QStringList &ids);

protected:
    // Enter in the list ticks or unticks the current group (the view would pass Enter on to
    // the wizard's Next).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onListed(const QList<SecurityGroup> &groups);
    void onItemChanged(QListWidgetItem *item);
    void showRules(const QString &groupId);
    void toggle(QListWidgetItem *item);
    void fillList();
    void updateChosenLabel();

    CloudApi *m_api = nullptr;
    LatestRequest *m_listRequest = nullptr;
    LatestRequest *m_rulesRequest = nullptr;
    QTimer m_debounce;
    QLineEdit *m_search = nullptr;
    LoadStatus *m_status = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_chosenLabel = nullptr;
    QLabel *m_rules = nullptr;
    QList<SecurityGroup> m_groups;
    QStringList m_chosen;
    QHash<QString, SecurityGroupPolicies> m_policies;
    bool m_filling = false;
};
