#pragma once

#include "spec/launchspec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class Catalog;

// Maps an API 3.0 RunInstances / InquiryPriceRunInstances body back to a LaunchSpec, with the
// Catalog's own API 3.0 tables (zones, instance types, disk and charge types) read in reverse.
// Refuses names it does not know, naming the parameter.
class V3SpecReader
{
    Q_DECLARE_TR_FUNCTIONS(V3SpecReader)

public:
    struct Result
    {
        LaunchSpec spec;
        QString errorCode; // empty when the body could be read
        QString error;
        bool ok() const { return errorCode.isEmpty(); }
    };

    static Result read(const QJsonObject &body, const QString &region, const Catalog &catalog);
    // The API 3.0 parameter a SpecChecker field ("cpu", "zoneId") stands for.
    static QString v3Field(const QString &v2Field);
};
