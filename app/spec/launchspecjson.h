#pragma once

#include "spec/launchspec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The JSON form of a LaunchSpec, shared by templates and the journal. Keys are the API parameter
// names. The password is never written; reading reports one if present and drops it.
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
