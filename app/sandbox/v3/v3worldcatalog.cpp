// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3worldcatalog.h"

#include "sandbox/v3/v3world.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace {

QJsonObject localized(const LocalizedText &text)
{
    return {{QLatin1String("en"), text.en}, {QLatin1String("zh"), text.zh}};
}

} // namespace

QJsonObject V3WorldCatalog::builtInSections(QString *error)
{
    // The same files Catalog::builtIn() reads, merged the same way (no section twice).
    QJsonObject merged;
    const QDir dir(QStringLiteral(":/catalog"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the built-in catalog file %1.").arg(name);
            return {};
        }
        const QJsonObject part = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = part.begin(); it != part.end(); ++it) {
            if (it.key() != QLatin1String("comment"))
                merged.insert(it.key(), it.value());
        }
    }
    return merged;
}

Catalog V3WorldCatalog::build(const V3World &world, const QJsonObject &systemDiskSize,
                              QString *error)
{
    QJsonObject sections = builtInSections(error);
    if (sections.isEmpty())
        return {};

    // Disk types: the seed's numbers for the seed's names, the next free ones for the rest.
    QMap<QString, int> numbers;
    QJsonArray diskTypes;
    int next = 1;
    for (const QJsonValue value : sections.value(QLatin1String("diskTypes")).toArray()) {
        const QJsonObject seedDisk = value.toObject();
        const QString name = seedDisk.value(QLatin1String("v3Name")).toString();
        const int number = seedDisk.value(QLatin1String("storageType")).toInt();
        numbers.insert(name, number);
        next = std::max(next, number + 1);
        if (!world.disk(name))
            diskTypes.append(seedDisk);
    }
    for (const V3WorldDisk &disk : world.disks()) {
        if (!numbers.contains(disk.diskType))
            numbers.insert(disk.diskType, next++);
        diskTypes.append(QJsonObject{{QLatin1String("storageType"), numbers.value(disk.diskType)},
                                     {QLatin1String("v3Name"), disk.diskType},
                                     {QLatin1String("name"), localized(disk.name)},
                                     {QLatin1String("min"), disk.data.min},
                                     {QLatin1String("max"), disk.data.max},
                                     {QLatin1String("step"), disk.data.step}});
    }

    const Catalog &seed = Catalog::builtIn();
    QJsonArray families;
    for (const V3WorldFamily &family : world.families()) {
        QJsonArray storageTypes;
        for (const QString &disk : family.dataDisks)
            storageTypes.append(numbers.value(disk));
        QJsonArray zones;
        for (const QString &zone : family.zones)
            zones.append(seed.zoneByV3Name(zone)->id);
        QMap<int, QList<int>> memoryByCpu;
        for (const V3WorldType &type : world.typesIn(family.zones.value(0))) {
            if (type.family == family.family)
                memoryByCpu[type.cpu].append(type.memory);
        }
        QJsonArray pairs;
        for (auto it = memoryByCpu.cbegin(); it != memoryByCpu.cend(); ++it) {
            QJsonArray mems;
            for (int mem : it.value())
                mems.append(mem);
            pairs.append(
                QJsonObject{{QLatin1String("cpu"), it.key()}, {QLatin1String("mem"), mems}});
        }
        families.append(
            QJsonObject{{QLatin1String("id"), QString(QLatin1String("CVM.") + family.family)},
                        {QLatin1String("v3Prefix"), family.family},
                        {QLatin1String("generation"), family.generation},
                        {QLatin1String("category"), localized(family.category)},
                        {QLatin1String("description"), localized(family.description)},
                        {QLatin1String("storageTypes"), storageTypes},
                        {QLatin1String("zones"), zones},
                        {QLatin1String("pairs"), pairs}});
    }

    sections.insert(QLatin1String("storageTypeNumbering"),
                    QStringLiteral("seed: 1 local, 2 cloud, 3 SSD local, 4 SSD cloud; sandbox API "
                                   "3.0 world: further cloud disk types from 5"));
    // API 3.0 takes longer passwords than the seed's API 2.0 (v3.json's v3Passwords): here they
    // are the world's only rules.
    if (sections.contains(QLatin1String("v3Passwords")))
        sections.insert(QLatin1String("passwords"), sections.value(QLatin1String("v3Passwords")));
    sections.insert(QLatin1String("diskTypes"), diskTypes);
    sections.insert(QLatin1String("families"), families);
    sections.insert(QLatin1String("systemDisk"), systemDiskSize);
    return Catalog::fromJson(sections, error);
}
