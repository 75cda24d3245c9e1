// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"
#include "wizard/launchpage.h"

#include <QHash>

#include <functional>

class LatestRequest;
class LoadStatus;
class PricePanel;
class PriceQuoter;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The last look before launching: every choice in plain words, the hourly price, what will be
// sent as the profile's backend would build it (API 2.0 parameters or the API 3.0 body, without
// any secret), and — where the backend can — the service's own dry-run verdict.
// A commit page: once Launch is pressed there is no way back.
class ReviewPage : public LaunchPage
{
    Q_OBJECT

public:
    ReviewPage(LaunchDraft *draft, PriceQuoter *quoter, QWidget *parent = nullptr);

    bool isComplete() const override;
    void setCloudApi(CloudApi *api) override;
    QString previewText() const;
    QString summaryText() const;
    // The step a line of the summary is edited on, with its title; an id < 0 for none. Set by
    // the wizard, which knows its pages.
    using StepOf = std::function<QPair<int, QString>(SpecField)>;
    void setStepOf(StepOf stepOf) { m_stepOf = std::move(stepOf); }

Q_SIGNALS:
    void launchConfirmed();
    // An Edit link of the summary: go back to the step `pageId`.
    void editRequested(int pageId);

protected:
    void refresh() override;
    void initializePage() override;
    bool validatePage() override;
    // An Edit button that takes the focus scrolls its section into view.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPrice();
    void showQuota();
    void startDryRun();
    void copyPreview(bool asCommand);
    // Goes to the step of the section `item` is in (the section row or one of its lines).
    void editRowStep(const QTreeWidgetItem *item);

    PriceQuoter *m_quoter;
    QTreeWidget *m_summary = nullptr;
    QHash<const QObject *, QTreeWidgetItem *> m_editSections; // Edit button -> its section
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_copyCommand = nullptr;
    QLabel *m_copied = nullptr;
    QString m_cliCommand; // the preview as a tccli command; empty when there is none
    StepOf m_stepOf;
    PricePanel *m_price = nullptr;
    QLabel *m_errorsLabel = nullptr;
    QLabel *m_dryRunLabel = nullptr;
    QLabel *m_quotaLabel = nullptr; // API 3.0: the zone's pay-by-hour quota against the count
    LoadStatus *m_dryRunStatus = nullptr;
    LatestRequest *m_dryRun = nullptr;
    LaunchSpec m_dryRunSpec;
};
