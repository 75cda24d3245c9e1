// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apierror.h"
#include "offer/diskconfig.h"
#include "offer/diskconfigquery.h"

#include <QObject>

#include <optional>

class CloudApi;
class Catalog;
class LaunchDraft;
class LatestRequest;
struct LaunchSpec;

// API 3.0's disks for the draft: asks cbs DescribeDiskConfigQuota (INQUIRY_CVM_CONFIG,
// POSTPAID_BY_HOUR, both DiskUsage values in one call) for the chosen zone, family, cores and
// memory, and hands the answer to the draft, whose validator then judges the disks by it. Asks
// again when one of those changes (an older answer is dropped), never on API 2.0 (whose disks
// are the catalog's). A failure keeps the error for the page to show with Retry; the draft then
// has no configs, so nothing falls back to the catalog's disk types.
//
// When the configs arrive and the system disk type the spec holds is not available, the type
// becomes the first available of CLOUD_PREMIUM, CLOUD_BSSD (else the first available one) and
// switchedFrom() says which type it replaced.
class DiskConfigLoader : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Loading, Loaded, Failed };

    explicit DiskConfigLoader(LaunchDraft *draft, QObject *parent = nullptr);

    // nullptr or an API 2.0 backend makes the loader idle and clears the draft's configs.
    void setCloudApi(CloudApi *api);
    // Starts following the draft (the Storage step was reached): loads now and on every change
    // of the query. Before that nothing is asked, so the earlier steps cost no request.
    void activate();
    // Asks again for the current query, e.g. after a failure.
    void reload();

    State state() const { return m_state; }
    const ApiError &error() const { return m_error; }
    const DiskConfigQuery &query() const { return m_query; }
    // The system disk type replaced by the last answer, empty when none was.
    const QString &switchedFrom() const { return m_switchedFrom; }

    // The question for `spec`: Placement.Zone's API 3.0 name, the family of the instance type
    // (the part before the dot of an API 3.0 type, "SA5" of "SA5.MEDIUM4"; a catalog family is
    // named by its API 3.0 type), cores and memory (GB); empty zone when the zone has no API 3.0
    // name.
    static DiskConfigQuery queryFor(const LaunchSpec &spec, const Catalog &catalog);
    // The first available SYSTEM_DISK type among CLOUD_PREMIUM, CLOUD_BSSD, else the first
    // available one; empty when none is.
    static QString preferredSystemDiskType(const QList<DiskConfig> &configs);
    // The same for a new data disk (DATA_DISK configs).
    static QString preferredDataDiskType(const QList<DiskConfig> &configs);

Q_SIGNALS:
    void stateChanged();

private:
    void onDraftChanged();
    void load();
    void onLoaded(const QList<DiskConfig> &configs);
    void setState(State state);

    LaunchDraft *m_draft;
    CloudApi *m_api = nullptr;
    LatestRequest *m_request = nullptr;
    bool m_active = false;
    State m_state = State::Idle;
    DiskConfigQuery m_query;
    ApiError m_error;
    QString m_switchedFrom;
};
