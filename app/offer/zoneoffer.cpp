// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "offer/zoneoffer.h"

#include <algorithm>

namespace {

void insertSorted(QList<int> &values, int value)
{
    const auto at = std::lower_bound(values.begin(), values.end(), value);
    if (at == values.end() || *at != value)
        values.insert(at, value);
}

} // namespace

QStringList ZoneOffer::families() const
{
    QStringList result;
    for (const InstanceTypeOffer &type : types) {
        if (!type.family.isEmpty() && !result.contains(type.family))
            result.append(type.family);
    }
    return result;
}

QString ZoneOffer::familyLabel(const QString &family) const
{
    for (const InstanceFamilyLabel &label : labels) {
        if (label.family == family && !label.name.isEmpty())
            return label.name;
    }
    return family;
}

QList<InstanceTypeOffer> ZoneOffer::typesOf(const QString &family) const
{
    QList<InstanceTypeOffer> result;
    for (const InstanceTypeOffer &type : types) {
        if (type.family == family)
            result.append(type);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const InstanceTypeOffer &a, const InstanceTypeOffer &b) {
                         return a.cpu != b.cpu ? a.cpu < b.cpu : a.memory < b.memory;
                     });
    return result;
}

bool ZoneOffer::sells(const QString &family) const
{
    return std::any_of(types.cbegin(), types.cend(), [&](const InstanceTypeOffer &type) {
        return type.family == family && type.isSelling();
    });
}

QStringList ZoneOffer::ratiosOf(const QString &family) const
{
    QList<const InstanceTypeOffer *> selling;
    for (const InstanceTypeOffer &type : types) {
        if (type.family == family && type.isSelling() && !type.ratioText().isEmpty())
            selling.append(&type);
    }
    std::stable_sort(selling.begin(), selling.end(),
                     [](const InstanceTypeOffer *a, const InstanceTypeOffer *b) {
                         return a->memoryPerCore() < b->memoryPerCore();
                     });
    QStringList result;
    for (const InstanceTypeOffer *type : std::as_const(selling)) {
        const QString ratio = type->ratioText();
        if (!result.contains(ratio))
            result.append(ratio);
    }
    return result;
}

QString ZoneOffer::ratiosText(const QString &family) const
{
    const QStringList all = ratiosOf(family);
    if (all.size() <= 4)
        return all.join(QLatin1String(", "));
    return tr("%1 to %2", "a range of CPU:memory ratios").arg(all.first(), all.last());
}

QList<int> ZoneOffer::cpusOf(const QString &family) const
{
    QList<int> result;
    for (const InstanceTypeOffer &type : types) {
        if (type.family == family && type.isSelling() && type.cpu > 0)
            insertSorted(result, type.cpu);
    }
    return result;
}

QList<int> ZoneOffer::memoriesFor(const QString &family, int cpu) const
{
    QList<int> result;
    for (const InstanceTypeOffer &type : types) {
        if (type.family == family && type.isSelling() && type.cpu == cpu && type.memory > 0)
            insertSorted(result, type.memory);
    }
    return result;
}

QList<int> ZoneOffer::cpusFor(const QString &family, int memory) const
{
    QList<int> result;
    for (const InstanceTypeOffer &type : types) {
        if (type.family == family && type.isSelling() && type.memory == memory && type.cpu > 0)
            insertSorted(result, type.cpu);
    }
    return result;
}

const InstanceTypeOffer *ZoneOffer::find(const QString &instanceType) const
{
    for (const InstanceTypeOffer &type : types) {
        if (type.instanceType == instanceType)
            return &type;
    }
    return nullptr;
}

const InstanceTypeOffer *ZoneOffer::typeFor(const QString &family, int cpu, int memory) const
{
    const InstanceTypeOffer *found = nullptr;
    for (const InstanceTypeOffer &type : types) {
        if (type.family != family || type.cpu != cpu || type.memory != memory)
            continue;
        if (type.isSelling())
            return &type;
        if (!found)
            found = &type;
    }
    return found;
}

qint64 ZoneOffer::ageSeconds(const QDateTime &now) const
{
    if (!fetchedAt.isValid())
        return -1;
    return std::max<qint64>(0, fetchedAt.secsTo(now));
}
