// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QPointer>
#include <QWizard>

#include <optional>

class CloudApi;
class DonePage;
class LaunchDraft;
class LaunchPage;
class LocationPage;
class OfferCache;
class OfferLoader;
class PricePanel;
class PriceQuoter;
class ReviewPage;
class StepList;
class QLabel;

// Collects one launch, step by step, and hands it over with launchRequested(). It owns the
// LaunchDraft its pages edit; the pickers load through the CloudApi given with setCloudApi().
class LaunchWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        LocationPageId,
        InstancePageId,
        ImagePageId,
        StoragePageId,
        NetworkPageId,
        VpcPageId,
        LoginPageId,
        ServicesPageId,
        ReviewPageId,
        DonePageId
    };

    explicit LaunchWizard(const LaunchSpec &initial, QWidget *parent = nullptr);

    // The account the pickers, the price and the dry run ask; nullptr shows the catalog only.
    // Not owned; it must outlive the wizard or be replaced first. On API 3.0 the instance step
    // shows the zone's live offer, cached per (profileId, region, zone).
    // The launch goes to the profile's region (api->region()) unless the operator chooses
    // another on the Location step; the wizard then asks through api->inRegion(), which it
    // owns. A new account (another profile, or the profile's region edited) starts again from
    // its region; a remembered zone of another region is dropped with a note on that step.
    void setCloudApi(CloudApi *api, const QString &profileId = QString());
    // The backend the pages ask now: the profile's, or the wizard's own for the chosen region.
    CloudApi *currentApi() const;
    // The session's offer cache, so that a later wizard does not ask again (not owned; it must
    // outlive the wizard). Without one the wizard keeps its own.
    void setOfferCache(OfferCache *cache);
    OfferLoader *offerLoader() const { return m_offers; }

    // The initial spec is the previous launch's (New launch…): the first step says so, with a
    // Start blank button that resets the draft to a fresh launch.
    void markReopened();
    // Goes back to a step already reached (the step list, the review page's Edit links); the
    // choices made since are kept. Other ids change nothing.
    void goToStep(int id);
    // After the review was reached once: forward again through the steps to it, stopping at the
    // first step whose choices are not complete ("Jump back to review").
    void returnToReview();

    const LaunchSpec &spec() const;
    // The quoted price of one instance of the spec as it is now, CNY per hour (see
    // PriceQuoter::perInstanceHour()); absent without a current quote.
    std::optional<double> pricePerInstanceHour() const;
    LaunchDraft *draft() const { return m_draft; }

    // Also behind the "Save as template…" and "Open template…" buttons. Return an empty string
    // on success, else the translated error (which the buttons show).
    QString saveTemplate(const QString &path);
    QString openTemplate(const QString &path);

public Q_SLOTS:
    // Cancel, Esc and the window's close button: a draft the operator edited is discarded only
    // after a Discard / Keep editing question (asked with open(), never a nested loop).
    void reject() override;

Q_SIGNALS:
    // Launch was pressed on the review page: the spec, password included when one was set. The
    // receiver (the Launcher) adds the clientToken.
    void launchRequested(const LaunchSpec &spec);

private:
    void addLaunchPage(int id, LaunchPage *page);
    void startBlank();
    void updateButtonLayout();
    // Points the draft and every page at `region` (`chosen`: by the operator on the Location
    // step), through the profile's backend or one of its own for that region.
    void useRegion(const QString &region, bool chosen);
    void updateSideWidget();
    void showPrice();
    void chooseTemplateToSave();
    void chooseTemplateToOpen();
    // The side panel's line about the template just saved or opened; `path` is its tooltip.
    void showTemplateNote(const QString &text, const QString &path);
    void showError(const QString &title, const QString &message);
    void onLaunchConfirmed();

    LaunchDraft *m_draft = nullptr;
    QPointer<CloudApi> m_profileApi;
    QPointer<CloudApi> m_regionalApi; // owned: the profile's account in the chosen region
    QString m_profileId;
    QString m_profileRegion;
    bool m_accountSet = false;
    bool m_discardConfirmed = false;
    bool m_reviewReached = false; // the review was shown: "Jump back to review" is offered
    LocationPage *m_locationPage = nullptr;
    PriceQuoter *m_quoter = nullptr;
    OfferLoader *m_offers = nullptr;
    QList<LaunchPage *> m_pages;
    ReviewPage *m_reviewPage = nullptr;
    DonePage *m_donePage = nullptr;
    StepList *m_stepList = nullptr;
    PricePanel *m_sidePrice = nullptr;
    QLabel *m_templateNote = nullptr;
};
