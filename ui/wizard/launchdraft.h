// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudtypes.h"
#include "catalog/catalog.h"
#include "offer/accountquota.h"
#include "offer/diskconfig.h"
#include "offer/zoneoffer.h"
#include "spec/launchspec.h"
#include "spec/specfield.h"
#include "validation/findings.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

// The launch being described, shared by every page of the wizard: the LaunchSpec, which fields
// the user has touched, what the pickers know that the spec does not (the chosen image's OS, the
// network and login choices), and the validator's findings, recomputed on every change.
//
// Values the user has not touched follow the recommended defaults (the catalog's defaults and
// the validator's own suggestions); touched values are never overwritten.
class LaunchDraft : public QObject
{
    Q_OBJECT

public:
    enum class LoginMode { Password, KeyPair, Generated };

    explicit LaunchDraft(const Catalog &catalog, QObject *parent = nullptr);

    const Catalog &catalog() const { return m_catalog; }
    const LaunchSpec &spec() const { return m_spec; }

    // Starts over from `spec` (a template or the previous launch). Every value in it was chosen
    // by someone, so each counts as touched unless it is still the spec's default.
    void reset(const LaunchSpec &spec);

    // A user edit of `field`: applies `change`, marks the field touched, recomputes.
    void edit(SpecField field, const std::function<void(LaunchSpec &)> &change);
    // Like edit(), for a change the app makes on the operator's behalf (a dropped zone, a disk
    // type no longer sold): it sticks like a choice but is not the operator's edit.
    void adjust(SpecField field, const std::function<void(LaunchSpec &)> &change);
    // Whether the operator changed anything since the last reset(): edits, one-click fixes, the
    // region or the network chosen. Cancel asks before discarding such a draft.
    bool isEdited() const { return m_edited; }
    bool isTouched(SpecField field) const { return m_touched.contains(field); }
    // A recommended value from a picker (e.g. the first zone offered), typed as the field table
    // says: taken only while the user has not touched the field.
    void applyDefault(SpecField field, const QVariant &value);

    // The region the launch goes to: the profile's when the wizard opens, or the one chosen on
    // the Location step (`chosen`: counts as the operator's edit). A zone of another region is
    // dropped (zoneId 0, so that Next waits for a zone of this one), and so are the VPC, subnet
    // and security groups, which belong to one region. Returns the dropped zone's id, 0 when
    // none was dropped. An empty region changes nothing. Before the first call the region
    // follows the zone (a backend that does not say its region).
    int setRegion(const QString &region, bool chosen);
    bool regionSet() const { return m_regionSet; }

    // What the pickers know beyond the spec.
    void setImage(const Image &image);
    const Image &image() const { return m_image; }
    OsFamily osFamily() const;
    // `byOperator`: the operator's choice (counts for isEdited()), else the app's (API 3.0).
    void setUsesVpc(bool vpc, bool byOperator = false);
    bool usesVpc() const { return m_usesVpc; }
    void setLoginMode(LoginMode mode);
    LoginMode loginMode() const { return m_loginMode; }
    // The chosen VPC's subnets once listed (the validator then checks the subnet's zone).
    void setSubnets(const std::optional<QList<Subnet>> &subnets);
    // API 3.0: the disks cbs DescribeDiskConfigQuota says fit the chosen zone, family, cores and
    // memory; the validator then judges the system disk and the data disks by them (OfferRules).
    // nullopt on API 2.0, while they load, or when they could not be read.
    void setDiskConfigs(const std::optional<QList<DiskConfig>> &configs);
    const std::optional<QList<DiskConfig>> &diskConfigs() const { return m_diskConfigs; }

    // API 3.0: what the service sells decides the instance type, cores and memory (OfferRules),
    // never the catalog's API 2.0 families. While required and not loaded the type is reported
    // as not judged yet. The offer and quota come from OfferLoader.
    void setOfferRequired(bool required);
    bool offerRequired() const { return m_offerRequired; }
    void setOffer(const std::optional<ZoneOffer> &offer);
    const std::optional<ZoneOffer> &offer() const { return m_offer; }
    // DescribeAccountQuota for the chosen zone; nullopt while not read (the count then keeps only
    // the app's own cap).
    void setQuota(const std::optional<AccountQuota> &quota);
    const std::optional<AccountQuota> &quota() const { return m_quota; }
    // The chosen zone's API 3.0 name ("ap-guangzhou-3"); empty when there is none.
    QString v3Zone() const;

    const Findings &findings() const { return m_findings; }
    Findings findingsFor(const QList<SpecField> &fields) const;
    bool hasErrors(const QList<SpecField> &fields) const;
    bool hasAnyError() const;

public Q_SLOTS:
    // A one-click fix: sets the suggested value as if the user had chosen it.
    void applySuggestion(const Suggestion &suggestion);

Q_SIGNALS:
    void changed();

private:
    void recompute();
    void applyDefaults();
    void applyOfferDefaults(const ZoneOffer &offer);

    Catalog m_catalog;
    LaunchSpec m_spec;
    QSet<SpecField> m_touched;
    Image m_image;
    bool m_usesVpc = false;
    bool m_edited = false;
    bool m_regionSet = false; // setRegion() was called: the zone no longer moves the region
    LoginMode m_loginMode = LoginMode::Generated;
    std::optional<QList<Subnet>> m_subnets;
    bool m_offerRequired = false;
    std::optional<ZoneOffer> m_offer;
    std::optional<AccountQuota> m_quota;
    std::optional<QList<DiskConfig>> m_diskConfigs;
    Findings m_findings;
};
