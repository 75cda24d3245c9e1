// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "wizard/launchpage.h"

class LatestRequest;
class LoadStatus;
class QComboBox;
class QLabel;
class QListWidget;

// Where the instances run: the region (the profile's by default; listed from the catalog on
// API 2.0 and from DescribeRegions on API 3.0) and a zone of it (DescribeAvailabilityZones /
// DescribeZones of that region, named in the UI language by the catalog). Choosing another
// region asks the wizard, through regionChosen(), to address it: the zones are listed again and
// none is chosen until the operator picks one. A remembered zone (the last launch, a template)
// that the region's list does not hold is dropped with a visible note, so that a launch only
// ever goes to the region and zone shown on this page.
class LocationPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit LocationPage(LaunchDraft *draft, QWidget *parent = nullptr);

    // `api` addresses the draft's region; the zones are listed again through it. The regions are
    // listed through it too (DescribeRegions on API 3.0, the catalog otherwise).
    void setCloudApi(CloudApi *api) override;
    void reload();
    // Says, on this first page, what the wizard had to drop from the launch it reopened.
    void addCarryOverNote(const QString &note);
    // Says that the choices are the previous launch's, beside a "Start blank" button
    // (startBlankRequested()); an empty text hides both.
    void setReopenedNote(const QString &note);
    // Hides the notes: after Start blank nothing was carried over.
    void clearNotes();
    // Whether other regions than the current one can be chosen (the backend can address them).
    void setRegionChoice(bool enabled);

Q_SIGNALS:
    // The operator chose `region` ("ap-shanghai") in the region list.
    void regionChosen(const QString &region);
    // The operator pressed Start blank.
    void startBlankRequested();

protected:
    void refresh() override;

private:
    void loadRegions();
    void showRegions(const QList<Region> &regions);
    void onRegionActivated(int index);
    void showZones(const QList<Zone> &zones);
    void onZoneActivated();
    QString regionText(const QString &regionId, const QString &serviceName = {}) const;

    QComboBox *m_regionCombo = nullptr;
    LoadStatus *m_regionStatus = nullptr;
    LatestRequest *m_regionRequest = nullptr;
    QListWidget *m_zoneList = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLabel *m_droppedNote = nullptr;
    QWidget *m_reopened = nullptr;
    QLabel *m_reopenedNote = nullptr;
    LoadStatus *m_status = nullptr;
    LatestRequest *m_request = nullptr;
    QList<Zone> m_zones;
    QList<Region> m_regions;
    bool m_regionChoice = true;
};
