// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/launchpage.h"

#include "spec/specfields.h"
#include "widgets/findinglabel.h"
#include "wizard/launchdraft.h"

LaunchPage::LaunchPage(LaunchDraft *draft, const QList<SpecField> &fields, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_fields(fields)
{
    connect(m_draft, &LaunchDraft::changed, this, &LaunchPage::onDraftChanged);
}

bool LaunchPage::isComplete() const
{
    return !m_draft->hasErrors(m_fields);
}

void LaunchPage::setCloudApi(CloudApi *api)
{
    m_api = api;
}

void LaunchPage::setFields(const QList<SpecField> &fields)
{
    m_fields = fields;
    Q_EMIT completeChanged();
}

FindingLabel *LaunchPage::addFindingLabel(const QList<SpecField> &fields)
{
    auto *label = new FindingLabel(SpecFields::keys(fields), this);
    connect(label, &FindingLabel::suggestionChosen, m_draft, &LaunchDraft::applySuggestion);
    m_findingLabels.append({label, fields});
    label->setFindings(m_draft->findingsFor(fields));
    return label;
}

void LaunchPage::initializePage()
{
    onDraftChanged();
}

void LaunchPage::onDraftChanged()
{
    m_updating = true;
    refresh();
    for (const auto &[label, fields] : std::as_const(m_findingLabels))
        label->setFindings(m_draft->findingsFor(fields));
    m_updating = false;
    Q_EMIT completeChanged();
}
