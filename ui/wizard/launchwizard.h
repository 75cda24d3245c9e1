// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QWizard>

#include <optional>

class CloudApi;
class DonePage;
class LaunchDraft;
class LaunchPage;
class OfferCache;
class OfferLoader;
class PricePanel;
class PriceQuoter;
class ReviewPage;
class StepList;

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
    void setCloudApi(CloudApi *api, const QString &profileId = QString());
    // The session's offer cache, so that a later wizard does not ask again (not owned; it must
    // outlive the wizard). Without one the wizard keeps its own.
    void setOfferCache(OfferCache *cache);
    OfferLoader *offerLoader() const { return m_offers; }

    const LaunchSpec &spec() const;
    // The quoted price of one instance of the spec as it is now, CNY per hour (see
    // PriceQuoter::perInstanceHour()); absent without a current quote.
    std::optional<double> pricePerInstanceHour() const;
    LaunchDraft *draft() const { return m_draft; }

    // Also behind the "Save as template…" and "Open template…" buttons. Return an empty string
    // on success, else the translated error (which the buttons show).
    QString saveTemplate(const QString &path);
    QString openTemplate(const QString &path);

Q_SIGNALS:
    // Launch was pressed on the review page: the spec, password included when one was set. The
    // receiver (the Launcher) adds the clientToken.
    void launchRequested(const LaunchSpec &spec);

private:
    void addLaunchPage(int id, LaunchPage *page);
    void updateSideWidget();
    void showPrice();
    void chooseTemplateToSave();
    void chooseTemplateToOpen();
    void showError(const QString &title, const QString &message);
    void onLaunchConfirmed();

    LaunchDraft *m_draft = nullptr;
    PriceQuoter *m_quoter = nullptr;
    OfferLoader *m_offers = nullptr;
    QList<LaunchPage *> m_pages;
    ReviewPage *m_reviewPage = nullptr;
    DonePage *m_donePage = nullptr;
    StepList *m_stepList = nullptr;
    PricePanel *m_sidePrice = nullptr;
};
