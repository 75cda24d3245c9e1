// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The JSON form of a LaunchSpec, shared by templates and the journal, driven by SpecFields: keys
// are the table's jsonKey (the seed's parameter names), an unset optional is an absent key, and
// secret fields are never written; reading reports one if present (passwordDropped) and drops it.
// Reading fails on an unknown key or a value of the wrong type (JSON null included), naming the
// key and what was expected.
class LaunchSpecJson
{
    Q_DECLARE_TR_FUNCTIONS(LaunchSpecJson)

public:
    struct ReadResult
    {
        LaunchSpec spec;
        QString errorField; // the key at fault, empty when the object was read
        QString error;      // translated, empty when the object was read
        bool passwordDropped = false;

        bool ok() const { return error.isEmpty(); }
    };

    static QJsonObject write(const LaunchSpec &spec);
    static ReadResult read(const QJsonObject &object);
};
