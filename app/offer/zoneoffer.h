// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "offer/instancefamilylabel.h"
#include "offer/instancetypeoffer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// What the service sells in one zone to one account, pay-by-hour (API 3.0): the answer of
// DescribeZoneInstanceConfigInfos with the filters zone and instance-charge-type=POSTPAID_BY_HOUR,
// labelled by DescribeInstanceFamilyConfigs. The API 3.0 world's one source of truth for families,
// sizes, CPU:memory ratios, stock and hourly prices; the compiled-in Catalog stays the API 2.0
// world of the seed. Plain data, cheap to copy.
//
// The helpers answer from the types that are on sale (Status SELL) unless they say otherwise:
// a SOLD_OUT type stays visible in `types` but is never offered as a choice.
class ZoneOffer
{
    Q_DECLARE_TR_FUNCTIONS(ZoneOffer)

public:
    QString zone;                      // e.g. "ap-guangzhou-6"
    QList<InstanceTypeOffer> types;    // as the service listed them, sold-out ones included
    QList<InstanceFamilyLabel> labels; // may be empty (then families show their codes)
    QDateTime fetchedAt;               // UTC, when the answer arrived

    bool isEmpty() const { return types.isEmpty(); }
    // Every family with at least one type listed, in the service's order, sold-out ones too.
    QStringList families() const;
    // The label of a family ("标准型SA5"), or the code itself when the service gave none.
    QString familyLabel(const QString &family) const;
    // The family's types listed, sold-out ones included, ordered by cores then memory.
    QList<InstanceTypeOffer> typesOf(const QString &family) const;
    // True when at least one type of the family is on sale.
    bool sells(const QString &family) const;

    // The distinct reduced ratios ("1:2", "1:4") of the family's types on sale, by memory per
    // core ascending.
    QStringList ratiosOf(const QString &family) const;
    // The ratios as one short text: "1:2, 1:4", or "1:1 to 1:8" when there are more than four.
    QString ratiosText(const QString &family) const;
    // Cores the family sells, ascending and distinct.
    QList<int> cpusOf(const QString &family) const;
    // Memory sizes (GB) the family sells with `cpu` cores, ascending.
    QList<int> memoriesFor(const QString &family, int cpu) const;
    // Core counts the family sells with `memory` GB, ascending.
    QList<int> cpusFor(const QString &family, int memory) const;

    // The listed type with this exact InstanceType ("SA5.MEDIUM4"), sold out or not; nullptr when
    // the zone does not list it.
    const InstanceTypeOffer *find(const QString &instanceType) const;
    // The type of `family` with these cores and memory, preferring one on sale when the service
    // lists several; nullptr when there is none.
    const InstanceTypeOffer *typeFor(const QString &family, int cpu, int memory) const;

    // Seconds since fetchedAt at `now` (UTC); -1 when fetchedAt is not set.
    qint64 ageSeconds(const QDateTime &now) const;
};
