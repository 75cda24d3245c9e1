#pragma once

#include "spec/launchspec.h"

#include <QString>
#include <QVariant>

// A fix the operator can apply with one click, and the sandbox can name in its error: set field
// (a RunInstancesHour parameter name) to value. Ints for numbers, QString for text, bool for
// wanIp/isVpcGateway; a null QVariant means "unset" (rootSize, wanIp, password).
// A password is never suggested: only unsetting one.
struct Suggestion
{
    QString field;
    QVariant value;
    QString label; // short and translated: "32 GB", "CVM.S2", "No data disk"

    // Writes the value into spec. False (spec untouched) when the field is unknown or the value
    // has the wrong type for it.
    bool applyTo(LaunchSpec &spec) const;

    bool operator==(const Suggestion &) const = default;
};
