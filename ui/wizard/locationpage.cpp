// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/locationpage.h"

#include "spec/specfields.h"
#include "widgets/findinglabel.h"
#include "widgets/loadstatus.h"
#include "wizard/latestrequest.h"
#include "wizard/launchdraft.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

LocationPage::LocationPage(LaunchDraft *draft, QWidget *parent)
    : LaunchPage(draft, {SpecField::Region, SpecField::ZoneId}, parent)
{
    setTitle(tr("Location"));
    setSubTitle(tr("Choose the availability zone the instances will run in."));

    m_request = new LatestRequest(this);
    auto *zoneLabel = new QLabel(tr("Availability &zone:"), this);
    m_zoneList = new QListWidget(this);
    m_zoneList->setObjectName(QStringLiteral("zoneList"));
    m_zoneList->setAccessibleName(tr("Availability zone"));
    zoneLabel->setBuddy(m_zoneList);
    m_status = new LoadStatus(tr("the availability zones"), this);
    m_regionLabel = new QLabel(this);
    m_regionLabel->setObjectName(QStringLiteral("regionLabel"));
    m_regionLabel->setWordWrap(true);
    m_droppedNote = new QLabel(this);
    m_droppedNote->setObjectName(QStringLiteral("droppedZoneNote"));
    m_droppedNote->setWordWrap(true);
    m_droppedNote->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(zoneLabel);
    layout->addWidget(m_droppedNote);
    layout->addWidget(m_zoneList, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_regionLabel);
    layout->addWidget(addFindingLabel({SpecField::Region, SpecField::ZoneId}));

    connect(m_status, &LoadStatus::retryRequested, this, &LocationPage::reload);
    connect(m_zoneList, &QListWidget::currentRowChanged, this, &LocationPage::onZoneActivated);
}

void LocationPage::setCloudApi(CloudApi *api)
{
    LaunchPage::setCloudApi(api);
    reload();
}

void LocationPage::addCarryOverNote(const QString &note)
{
    const QString shown = m_droppedNote->isVisible() ? m_droppedNote->text() : QString();
    m_droppedNote->setText(shown.isEmpty() ? note : shown + u'\n' + note);
    m_droppedNote->setVisible(true);
}

void LocationPage::reload()
{
    if (!cloudApi()) {
        // Without a profile the catalog still knows every zone; the service's list only narrows it.
        QList<Zone> zones;
        for (const CatalogZone &zone : draft()->catalog().zones())
            zones.append(Zone{zone.id, zone.name.zh, zone.v3Name, true});
        showZones(zones);
        return;
    }
    m_status->setLoading();
    CloudApi *api = cloudApi();
    m_request->start<QList<Zone>>(
        [api](QObject *context, CloudApi::Callback<QList<Zone>> done) {
            return api->describeZones(context, std::move(done));
        },
        [this](const ApiResult<QList<Zone>> &result) {
            if (!result.ok()) {
                m_status->setFailed(result.error);
                return;
            }
            if (result.value->isEmpty())
                m_status->setEmpty(tr("The service lists no availability zones for this "
                                      "region. Check the profile's region, then press Retry."));
            else
                m_status->setDone();
            showZones(*result.value);
        });
}

void LocationPage::showZones(const QList<Zone> &zones)
{
    m_zones = zones;
    const QSignalBlocker blocker(m_zoneList);
    m_zoneList->clear();
    for (const Zone &zone : zones) {
        const QString known = draft()->catalog().zoneName(zone.zoneId);
        const QString name = known.isEmpty() ? zone.zoneName : known;
        QString text = QStringLiteral("%1 (%2)").arg(name).arg(zone.zoneId);
        if (!zone.available)
            text = tr("%1 — not available now").arg(text);
        auto *item = new QListWidgetItem(text, m_zoneList);
        item->setData(Qt::UserRole, zone.zoneId);
        if (!zone.available)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    // A zone this list does not hold is another region's (the profile's region changed since
    // the last launch, or a template was written for another account): never launch there.
    const int chosen = draft()->spec().zoneId;
    const bool listed = std::any_of(zones.cbegin(), zones.cend(),
                                    [chosen](const Zone &zone) { return zone.zoneId == chosen; });
    if (chosen != 0 && !listed) {
        const QString known = draft()->catalog().zoneName(chosen);
        const QString region = draft()->spec().region;
        addCarryOverNote(
            tr("The zone you had chosen before, %1 (%2), is not in this account's region, so it "
               "was dropped. Choose a zone below.")
                .arg(known.isEmpty() ? QString::number(chosen) : known,
                     region.isEmpty() ? tr("another region") : region));
        draft()->edit(SpecField::ZoneId, [](LaunchSpec &spec) {
            spec.zoneId = 0;
            spec.region.clear();
        });
    }
    // An untouched zone follows the first zone the service offers.
    if (!draft()->isTouched(SpecField::ZoneId)) {
        for (const Zone &zone : zones) {
            if (zone.available && draft()->catalog().zone(zone.zoneId)) {
                draft()->applyDefault(SpecField::ZoneId, zone.zoneId);
                break;
            }
        }
    }
    refresh();
}

void LocationPage::onZoneActivated()
{
    if (updating())
        return;
    QListWidgetItem *item = m_zoneList->currentItem();
    if (!item)
        return;
    const int zoneId = item->data(Qt::UserRole).toInt();
    draft()->edit(SpecField::ZoneId, [zoneId](LaunchSpec &spec) { spec.zoneId = zoneId; });
}

void LocationPage::refresh()
{
    const QSignalBlocker blocker(m_zoneList);
    const int zoneId = draft()->spec().zoneId;
    for (int row = 0; row < m_zoneList->count(); ++row) {
        if (m_zoneList->item(row)->data(Qt::UserRole).toInt() == zoneId) {
            m_zoneList->setCurrentRow(row);
            break;
        }
    }
    const QString regionId = draft()->spec().region;
    const std::optional<CatalogRegion> region = draft()->catalog().region(regionId);
    if (regionId.isEmpty())
        m_regionLabel->setText(tr("Region: follows the zone you choose."));
    else
        m_regionLabel->setText(
            tr("Region: %1 (%2)").arg(region ? region->name.text() : regionId, regionId));
}
