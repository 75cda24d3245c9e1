// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

class Catalog;

// Maps an API 3.0 RunInstances / InquiryPriceRunInstances body back to a LaunchSpec, with the
// Catalog's own API 3.0 tables (zones, instance types, disk and charge types) read in reverse.
// It maps exactly the parameters present and nothing else: a field the body does not send keeps
// LaunchSpec's default and is left out of Result::sent, so that the checks leave it to the
// service (which picks e.g. the system disk type itself) instead of refusing a value nobody sent.
// Types are strict: a parameter of the wrong JSON type (a string where an object belongs, a
// fraction where an integer does) is refused as InvalidParameter naming the parameter; a value
// the service does not know as InvalidParameterValue; a missing Placement.Zone as
// MissingParameter. Disks keep API 3.0's own types (systemDiskType, dataDisks: up to 20, each
// naming DiskType and DiskSize); the sandbox takes at most one key.
class V3SpecReader
{
    Q_DECLARE_TR_FUNCTIONS(V3SpecReader)

public:
    struct Result
    {
        LaunchSpec spec;
        // The LaunchSpec fields (API 2.0 names: "zoneId", "storageType") the body gave a value,
        // each with the API 3.0 parameter it came from ("Placement.Zone", "SystemDisk.DiskType").
        QHash<QString, QString> sent;
        QString errorCode; // empty when the body could be read
        QString error;

        bool ok() const { return errorCode.isEmpty(); }
        // The LaunchSpec fields (JSON keys, in SpecFields order) the body did not send; region
        // always counts as sent.
        QStringList unsent() const;
        // The API 3.0 parameter a SpecChecker field stands for: the one it was read from, else
        // the usual one (V3SpecReader::v3Field).
        QString v3Field(const QString &v2Field) const;
    };

    static Result read(const QJsonObject &body, const QString &region, const Catalog &catalog);
    // The API 3.0 parameter a SpecChecker field ("cpu", "zoneId") usually stands for.
    static QString v3Field(const QString &v2Field);
};
