// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/locationpage.h"

#include "spec/specfields.h"
#include "widgets/findinglabel.h"
#include "widgets/loadstatus.h"
#include "wizard/latestrequest.h"
#include "wizard/launchdraft.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

LocationPage::LocationPage(LaunchDraft *draft, QWidget *parent)
    : LaunchPage(draft, {SpecField::Region, SpecField::ZoneId}, parent)
{
    setTitle(tr("Location"));
    setSubTitle(tr("Choose the region and the availability zone the instances will run in."));

    m_request = new LatestRequest(this);
    m_regionRequest = new LatestRequest(this);
    auto *regionLabel = new QLabel(tr("&Region:"), this);
    m_regionCombo = new QComboBox(this);
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_regionCombo->setAccessibleName(tr("Region"));
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    regionLabel->setBuddy(m_regionCombo);
    m_regionStatus = new LoadStatus(tr("the regions"), this);
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setObjectName(QStringLiteral("zoneLabel"));
    m_zoneList = new QListWidget(this);
    m_zoneList->setObjectName(QStringLiteral("zoneList"));
    m_zoneList->setAccessibleName(tr("Availability zone"));
    m_zoneLabel->setBuddy(m_zoneList);
    m_status = new LoadStatus(tr("the availability zones"), this);
    m_regionLabel = new QLabel(this);
    m_regionLabel->setObjectName(QStringLiteral("regionLabel"));
    m_regionLabel->setWordWrap(true);
    m_droppedNote = new QLabel(this);
    m_droppedNote->setObjectName(QStringLiteral("droppedZoneNote"));
    m_droppedNote->setWordWrap(true);
    m_droppedNote->setVisible(false);

    m_reopened = new QFrame(this);
    m_reopened->setObjectName(QStringLiteral("reopenedBox"));
    static_cast<QFrame *>(m_reopened)->setFrameShape(QFrame::StyledPanel);
    m_reopenedNote = new QLabel(m_reopened);
    m_reopenedNote->setObjectName(QStringLiteral("reopenedNote"));
    m_reopenedNote->setWordWrap(true);
    auto *startBlank = new QPushButton(tr("&Start blank"), m_reopened);
    startBlank->setObjectName(QStringLiteral("startBlankButton"));
    startBlank->setToolTip(tr("Forget the previous launch's choices and start from the "
                              "recommended defaults."));
    auto *reopenedRow = new QHBoxLayout(m_reopened);
    reopenedRow->addWidget(m_reopenedNote, 1);
    reopenedRow->addWidget(startBlank, 0, Qt::AlignTop);
    m_reopened->setVisible(false);
    connect(startBlank, &QPushButton::clicked, this, &LocationPage::startBlankRequested);

    auto *regionRow = new QHBoxLayout;
    regionRow->addWidget(regionLabel);
    regionRow->addWidget(m_regionCombo);
    regionRow->addStretch(1);
    auto *layout = new QVBoxLayout(body());
    layout->addWidget(m_reopened);
    layout->addLayout(regionRow);
    layout->addWidget(m_regionStatus);
    layout->addWidget(m_droppedNote);
    layout->addWidget(m_zoneLabel);
    layout->addWidget(m_zoneList, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_regionLabel);
    layout->addWidget(addFindingLabel({SpecField::Region, SpecField::ZoneId}));

    setFieldWidget(SpecField::Region, m_regionCombo);
    setFieldWidget(SpecField::ZoneId, m_zoneList);

    connect(m_status, &LoadStatus::retryRequested, this, &LocationPage::reload);
    connect(m_regionStatus, &LoadStatus::retryRequested, this, &LocationPage::loadRegions);
    connect(m_zoneList, &QListWidget::currentRowChanged, this, &LocationPage::onZoneActivated);
    connect(m_regionCombo, &QComboBox::activated, this, &LocationPage::onRegionActivated);
    showRegions({});
}

void LocationPage::setCloudApi(CloudApi *api)
{
    LaunchPage::setCloudApi(api);
    loadRegions();
    reload();
}

void LocationPage::setRegionChoice(bool enabled)
{
    m_regionChoice = enabled;
    showRegions(m_regions);
}

void LocationPage::addCarryOverNote(const QString &note)
{
    const QString shown = m_droppedNote->isVisible() ? m_droppedNote->text() : QString();
    if (shown.contains(note))
        return;
    m_droppedNote->setText(shown.isEmpty() ? note : shown + u'\n' + note);
    m_droppedNote->setVisible(true);
}

void LocationPage::setReopenedNote(const QString &note)
{
    m_reopenedNote->setText(note);
    m_reopened->setVisible(!note.isEmpty());
}

void LocationPage::clearNotes()
{
    setReopenedNote(QString());
    m_droppedNote->clear();
    m_droppedNote->setVisible(false);
}

QString LocationPage::regionText(const QString &regionId, const QString &serviceName) const
{
    // The catalog names the regions it knows in the UI language; the service's name (Chinese
    // on the Chinese site) is for the others.
    const std::optional<CatalogRegion> known = draft()->catalog().region(regionId);
    const QString name = known ? known->name.text() : serviceName;
    return name.isEmpty() || name == regionId ? regionId : tr("%1 (%2)").arg(name, regionId);
}

void LocationPage::loadRegions()
{
    CloudApi *api = cloudApi();
    if (!api || api->version() != ApiConfig::Version::V3) {
        // API 2.0 has no region list: the catalog's regions are the ones it serves.
        m_regionRequest->cancel();
        m_regionStatus->setDone();
        QList<Region> regions;
        for (const CatalogRegion &region : draft()->catalog().regions())
            regions.append(Region{region.id, region.name.text(), true});
        showRegions(regions);
        return;
    }
    m_regionStatus->setLoading();
    m_regionRequest->start<QList<Region>>(
        [api](QObject *context, CloudApi::Callback<QList<Region>> done) {
            return api->describeRegions(context, std::move(done));
        },
        [this](const ApiResult<QList<Region>> &result) {
            if (!result.ok()) {
                // The current region still works; only the others cannot be offered.
                m_regionStatus->setFailed(result.error);
                showRegions({});
                return;
            }
            m_regionStatus->setDone();
            showRegions(*result.value);
        });
}

void LocationPage::showRegions(const QList<Region> &regions)
{
    m_regions = regions;
    const QString current = draft()->spec().region;
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_regionCombo->model());
    bool listed = false;
    for (const Region &region : regions) {
        if (!m_regionChoice && region.region != current)
            continue;
        QString text = regionText(region.region, region.regionName);
        if (!region.available)
            text = tr("%1 — not available now").arg(text);
        m_regionCombo->addItem(text, region.region);
        if (!region.available && model)
            model->item(m_regionCombo->count() - 1)->setEnabled(false);
        listed |= region.region == current;
    }
    // The region the launch goes to is always shown, listed or not (a failed list, a region the
    // list does not name).
    if (!listed && !current.isEmpty())
        m_regionCombo->insertItem(0, regionText(current), current);
    m_regionCombo->setCurrentIndex(m_regionCombo->findData(current));
    m_regionCombo->setEnabled(m_regionCombo->count() > 1);
}

void LocationPage::onRegionActivated(int index)
{
    const QString region = m_regionCombo->itemData(index).toString();
    if (region.isEmpty() || region == draft()->spec().region)
        return;
    Q_EMIT regionChosen(region);
}

void LocationPage::reload()
{
    if (!cloudApi()) {
        // Without a profile the catalog still knows every zone; the service's list only narrows it.
        const QString region = draft()->spec().region;
        QList<Zone> zones;
        for (const CatalogZone &zone : draft()->catalog().zones()) {
            if (region.isEmpty() || zone.region == region)
                zones.append(Zone{zone.id, zone.name.zh, zone.v3Name, true});
        }
        showZones(zones);
        return;
    }
    m_status->setLoading();
    m_zones.clear();
    m_zoneList->clear();
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
                                      "region. Choose another region, or press Retry."));
            else
                m_status->setDone();
            showZones(*result.value);
        });
}

void LocationPage::showZones(const QList<Zone> &zones)
{
    m_zones = zones;
    {
        const QSignalBlocker blocker(m_zoneList);
        m_zoneList->clear();
        for (const Zone &zone : zones) {
            const QString known = draft()->catalog().zoneName(zone.zoneId);
            const QString name = known.isEmpty() ? zone.zoneName : known;
            const QString apiName =
                zone.apiName.isEmpty() ? QString::number(zone.zoneId) : zone.apiName;
            QString text = tr("%1 (%2)").arg(name, apiName);
            if (!zone.available)
                text = tr("%1 — not available now").arg(text);
            auto *item = new QListWidgetItem(text, m_zoneList);
            item->setData(Qt::UserRole, zone.zoneId);
            if (!zone.available)
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    // A zone this list does not hold is another region's (the profile's region changed since
    // the last launch, or a template was written for another account): never launch there.
    const int chosen = draft()->spec().zoneId;
    const bool listed = std::any_of(zones.cbegin(), zones.cend(),
                                    [chosen](const Zone &zone) { return zone.zoneId == chosen; });
    if (chosen != 0 && !listed) {
        const QString known = draft()->catalog().zoneName(chosen);
        const CatalogZone *zone = draft()->catalog().zone(chosen);
        const QString region = zone ? zone->region : QString();
        addCarryOverNote(
            tr("The zone you had chosen before, %1 (%2), is not in the region shown, so it was "
               "dropped. Choose a zone below.")
                .arg(known.isEmpty() ? QString::number(chosen) : known,
                     region.isEmpty() ? tr("another region") : regionText(region)));
        // A region that only followed the zone goes with it.
        const bool keepRegion = draft()->regionSet();
        draft()->adjust(SpecField::ZoneId, [keepRegion](LaunchSpec &spec) {
            spec.zoneId = 0;
            if (!keepRegion)
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
    const QString regionId = draft()->spec().region;
    if (m_regionCombo->currentData().toString() != regionId)
        showRegions(m_regions);
    const QString region = regionText(regionId);
    m_zoneLabel->setText(regionId.isEmpty() ? tr("Availability &zone:")
                                            : tr("Availability &zone in %1:").arg(region));

    const QSignalBlocker blocker(m_zoneList);
    const int zoneId = draft()->spec().zoneId;
    int row = -1;
    for (int i = 0; i < m_zoneList->count(); ++i) {
        if (m_zoneList->item(i)->data(Qt::UserRole).toInt() == zoneId)
            row = i;
    }
    // No current row when no zone is chosen: the list never shows one the launch would not use.
    m_zoneList->setCurrentRow(row);
    if (row < 0)
        m_zoneList->clearSelection();

    const QString zoneName = draft()->catalog().zoneName(zoneId);
    const QString v3Zone = draft()->v3Zone();
    if (regionId.isEmpty())
        m_regionLabel->setText(tr("Region: follows the zone you choose."));
    else if (zoneId == 0 || zoneName.isEmpty())
        m_regionLabel->setText(tr("Choose an availability zone in %1.").arg(region));
    else
        m_regionLabel->setText(
            tr("The instances will run in %1 (%2), region %3.")
                .arg(zoneName, v3Zone.isEmpty() ? QString::number(zoneId) : v3Zone, region));
}
