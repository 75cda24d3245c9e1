// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "wizard/launchpage.h"

class LatestRequest;
class LoadStatus;
class QLabel;
class QListWidget;

// Where the instances run: the zone (from DescribeAvailabilityZones, named in the UI language by
// the catalog) and the region that follows from it. A remembered zone (the last launch, a
// template) that the account's list does not hold belongs to another region: it is dropped with
// a visible note, so that a launch only ever goes to a zone shown on this page.
class LocationPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit LocationPage(LaunchDraft *draft, QWidget *parent = nullptr);

    void setCloudApi(CloudApi *api) override;
    void reload();
    // Says, on this first page, what the wizard had to drop from the launch it reopened.
    void addCarryOverNote(const QString &note);

protected:
    void refresh() override;

private:
    void showZones(const QList<Zone> &zones);
    void onZoneActivated();

    QListWidget *m_zoneList = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLabel *m_droppedNote = nullptr;
    LoadStatus *m_status = nullptr;
    LatestRequest *m_request = nullptr;
    QList<Zone> m_zones;
};
