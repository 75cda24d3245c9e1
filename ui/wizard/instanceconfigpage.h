// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "wizard/launchpage.h"

class LoadStatus;
class OfferLoader;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeView;
class RatioHint;
class ZoneOfferModel;

// What runs, the instance name and the count (a whole launch, up to InstanceCount::MaxPerLaunch,
// split into requests by the launcher).
//
// API 2.0 (the seed's world): the compiled-in catalog's families, each with its description and
// the ratios it allows, and CPU and memory among the family's pairs with a live ratio hint.
//
// API 3.0: the zone's live offer from OfferLoader (DescribeZoneInstanceConfigInfos), families
// grouped in a tree with each type's cores, memory, ratio, hourly price, CPU model, bandwidth and
// status; a sold-out type is shown with its SoldOutReason but cannot be chosen; choosing a type
// sets the exact InstanceType with its cores and memory. The offer's age and a Refresh action sit
// above it; loading and failure (with Retry) are said, never replaced by the catalog. Beside the
// count, DescribeAccountQuota's "N of M left in this zone", which caps it.
class InstanceConfigPage : public LaunchPage
{
    Q_OBJECT

public:
    InstanceConfigPage(LaunchDraft *draft, OfferLoader *offers, QWidget *parent = nullptr);

    // What the label under the count says: the per-launch cap and why, and above the
    // per-request limit how many requests will be sent.
    QString countHintText() const;
    // What the page says about the zone's quota: beside the count, or under it when it could not
    // be read (API 3.0; empty on API 2.0).
    QString quotaText() const;
    // The offer line: which zone's offer, and how old it is (API 3.0).
    QString offerAgeText() const;

protected:
    void refresh() override;
    void showEvent(QShowEvent *event) override;

private:
    void fillFamilies();
    void refreshCatalog();
    void refreshOffer();
    void refreshQuota();
    void showOfferState();
    void onTypeSelected();
    void scrollToChosen();

    OfferLoader *m_offers;
    // API 2.0: the catalog's families.
    QLabel *m_familyLabel = nullptr;
    QListWidget *m_familyList = nullptr;
    QComboBox *m_cpuCombo = nullptr;
    QComboBox *m_memCombo = nullptr;
    QFormLayout *m_form = nullptr;
    // API 3.0: the zone's live offer.
    QWidget *m_offerBox = nullptr;
    QLabel *m_offerAge = nullptr;
    QPushButton *m_refreshButton = nullptr;
    LoadStatus *m_offerStatus = nullptr;
    QTreeView *m_typeView = nullptr;
    ZoneOfferModel *m_typeModel = nullptr;
    QTimer *m_ageTimer = nullptr;
    QLabel *m_quotaLabel = nullptr;   // "N of M left in this zone", beside the count
    QLabel *m_quotaProblem = nullptr; // why there is no quota to show, under the count

    RatioHint *m_ratioHint = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QSpinBox *m_countSpin = nullptr;
    QLabel *m_countHint = nullptr;
};
