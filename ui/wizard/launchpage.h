// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudtypes.h"
#include "spec/specfield.h"
#include "validation/findings.h"
#include "validation/suggestion.h"

#include <QStringList>
#include <QWizardPage>

class CloudApi;
struct LaunchSpec;
class FindingLabel;
class LaunchDraft;

// One step of the launch wizard. It edits the fields it owns in the shared LaunchDraft, shows the
// draft's findings for them beside the controls, and is complete when none of them is an error
// (warnings never block). Widgets are refreshed from the draft after every change, so a value the
// draft changed on its own (a recommended default) shows up at once.
class LaunchPage : public QWizardPage
{
    Q_OBJECT

public:
    LaunchPage(LaunchDraft *draft, const QList<SpecField> &fields, QWidget *parent = nullptr);

    const QList<SpecField> &fields() const { return m_fields; }
    bool isComplete() const override;
    // Errors the page shows that are not the draft's findings (the password confirmation):
    // the step list counts them too. 0 by default.
    virtual int pageErrors() const { return 0; }

    // The widget the page's controls are laid out on, inside a scroll area that fills the page.
    // On a small screen (or with a finding and its fixes under every field) the page scrolls
    // instead of squeezing wrapped messages and fix buttons to a few pixels.
    QWidget *body() const { return m_body; }

    // The pickers load from here; nullptr until the wizard has a profile.
    virtual void setCloudApi(CloudApi *api);

    // Where the focus goes when the page opens: its first input in the order drawn, skipping
    // radio buttons (Space would flip one) while there is another; nullptr when none is shown.
    QWidget *firstInput() const;
    // Gives the focus to the control of `field` on this page (the first input when the page has
    // none for it). Returns the widget focused, or nullptr.
    QWidget *focusField(SpecField field);

public Q_SLOTS:
    // A one-click fix: applies it, then gives the focus to the control it changed, so that the
    // next key goes there (not to the Back button that followed the vanished fix button).
    void applyFix(const Suggestion &suggestion);

protected:
    LaunchDraft *draft() const { return m_draft; }

    // Gives the focus to what a one-click fix of `field` changed; `before` is the spec as it was.
    // By default the field's control (focusField); a page whose field is a list of rows (the data
    // disks) focuses the row that changed.
    virtual void focusAfterFix(SpecField field, const LaunchSpec &before);
    CloudApi *cloudApi() const { return m_api; }

    // Shows the draft's values in the widgets. Called after every draft change; implementations
    // block their widgets' signals (or check updating()) so this never counts as a user edit.
    virtual void refresh() = 0;
    bool updating() const { return m_updating; }
    // A page whose controls depend on the protocol owns other fields on each (the Storage step:
    // storageType/storageSize on API 2.0, systemDiskType/dataDisks on API 3.0).
    void setFields(const QList<SpecField> &fields);

    // A label under a control that shows the findings of `fields`.
    FindingLabel *addFindingLabel(const QList<SpecField> &fields);
    // The control that edits `field` on this page, in the order they are drawn: one-click fixes
    // of the field focus it, and the first one shown is the page's first input.
    void setFieldWidget(SpecField field, QWidget *widget);
    // The draft's findings of `fields` as the page shows them (see the .cpp: an untouched empty
    // field is a note, not an error).
    Findings shownFindings(const QList<SpecField> &fields) const;

    void initializePage() override;

private:
    void onDraftChanged();
    // Tab follows the drawing (TabOrder), fix buttons and data disk rows made later included.
    void followDrawingOrder();

    LaunchDraft *m_draft;
    QWidget *m_body = nullptr;
    QList<SpecField> m_fields;
    CloudApi *m_api = nullptr;
    QList<QPair<FindingLabel *, QList<SpecField>>> m_findingLabels;
    QList<QPair<SpecField, QWidget *>> m_fieldWidgets; // in drawing order
    bool m_updating = false;
};
