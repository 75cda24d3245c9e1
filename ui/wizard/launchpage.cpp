// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/launchpage.h"

#include "spec/specfields.h"
#include "widgets/findinglabel.h"
#include "widgets/taborder.h"
#include "wizard/launchdraft.h"

#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

LaunchPage::LaunchPage(LaunchDraft *draft, const QList<SpecField> &fields, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_fields(fields)
{
    // The page's own layout holds only the scroll area; subclasses lay out body(). The area
    // gives the body the height its wrapped labels need for the width it gets (QScrollArea
    // honours height-for-width), where a plain layout would shrink them below it.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls, not to the area
    scroll->viewport()->setAutoFillBackground(false);
    m_body = new QWidget(scroll);
    m_body->setObjectName(QStringLiteral("pageBody"));
    m_body->setAutoFillBackground(false);
    scroll->setWidget(m_body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
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
    // A fix of a field chosen on another step says which (the wizard knows the steps).
    label->setOtherStep([this](const QString &key) {
        const std::optional<SpecField> field = SpecFields::fromKey(key);
        QWizard *owner = wizard();
        if (!field || m_fields.contains(*field) || !owner)
            return QString();
        for (const int id : owner->pageIds()) {
            const auto *page = qobject_cast<const LaunchPage *>(owner->page(id));
            if (page && page->fields().contains(*field))
                return page->title();
        }
        return QString();
    });
    connect(label, &FindingLabel::suggestionChosen, this, &LaunchPage::applyFix);
    m_findingLabels.append({label, fields});
    label->setFindings(shownFindings(fields));
    return label;
}

Findings LaunchPage::shownFindings(const QList<SpecField> &fields) const
{
    Findings shown = m_draft->findingsFor(fields);
    // A field left empty that the operator has not come to yet is no mistake: it is said as
    // what to do (a note), not as an error, until the field is touched. Next still waits.
    for (Finding &finding : shown) {
        const std::optional<SpecField> field = SpecFields::fromKey(finding.field);
        if (finding.isError() && finding.code == QLatin1String("required") && field &&
            !m_draft->isTouched(*field))
            finding.severity = Finding::Severity::Info;
    }
    return shown;
}

void LaunchPage::setFieldWidget(SpecField field, QWidget *widget)
{
    m_fieldWidgets.append({field, widget});
}

QWidget *LaunchPage::firstInput() const
{
    QWidget *firstRadio = nullptr;
    QWidget *checkedRadio = nullptr;
    for (const auto &[field, widget] : m_fieldWidgets) {
        Q_UNUSED(field);
        // Not "& Qt::TabFocus": Qt takes TabFocus from the radio buttons of a group that do not
        // hold the focus (QAbstractButton keeps one Tab stop per group), so the chosen one would
        // be skipped once another had been focused.
        if (!widget->isVisibleTo(this) || !widget->isEnabled() ||
            widget->focusPolicy() == Qt::NoFocus)
            continue;
        auto *button = qobject_cast<QRadioButton *>(widget);
        if (!button)
            return widget;
        if (!firstRadio)
            firstRadio = widget;
        if (!checkedRadio && button->isChecked())
            checkedRadio = widget;
    }
    // Only radios: the chosen one, where Space changes nothing.
    return checkedRadio ? checkedRadio : firstRadio;
}

QWidget *LaunchPage::focusField(SpecField field)
{
    QWidget *target = nullptr;
    for (const auto &[owner, widget] : m_fieldWidgets) {
        if (owner == field && widget->isVisibleTo(this) && widget->isEnabled()) {
            target = widget;
            break;
        }
    }
    if (!target)
        target = firstInput();
    if (target)
        target->setFocus(Qt::OtherFocusReason);
    return target;
}

void LaunchPage::applyFix(const Suggestion &suggestion)
{
    const LaunchSpec before = m_draft->spec();
    m_draft->applySuggestion(suggestion);
    if (const std::optional<SpecField> field = SpecFields::fromKey(suggestion.field))
        focusAfterFix(*field, before);
}

void LaunchPage::focusAfterFix(SpecField field, const LaunchSpec &before)
{
    Q_UNUSED(before);
    focusField(field);
}

void LaunchPage::initializePage()
{
    // Every finding label of the page, those inside other widgets (the ratio hint) included.
    for (FindingLabel *label : findChildren<FindingLabel *>())
        connect(label, &FindingLabel::buttonsChanged, this, &LaunchPage::followDrawingOrder,
                Qt::UniqueConnection);
    onDraftChanged();
}

void LaunchPage::followDrawingOrder()
{
    // While the draft's change is being shown, each label that makes its buttons anew asks for
    // this; onDraftChanged() does it once at the end instead.
    if (m_updating)
        return;
    TabOrder::follow(m_body->layout());
}

void LaunchPage::onDraftChanged()
{
    m_updating = true;
    refresh();
    for (const auto &[label, fields] : std::as_const(m_findingLabels))
        label->setFindings(shownFindings(fields));
    m_updating = false;
    followDrawingOrder();
    // A page whose inputs were disabled while their lists loaded gets its first input once they
    // come, unless the operator has put the focus somewhere that can take it.
    if (isVisible()) {
        const QWidget *focused = window()->focusWidget();
        if (!focused || !focused->isVisible() || !focused->isEnabled()) {
            if (QWidget *input = firstInput())
                input->setFocus(Qt::OtherFocusReason);
        }
    }
    Q_EMIT completeChanged();
}
