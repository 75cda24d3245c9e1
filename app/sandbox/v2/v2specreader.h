// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/v2/v2params.h"
#include "spec/launchspec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Reads the RunInstancesHour (or InquiryInstancePriceHour) parameters of a request into a
// LaunchSpec, strictly: a number that is not a number, a flag that is not 0 or 1, or a missing
// required parameter is an error naming that parameter. Whether the values make sense together
// is not its business: that is the shared validator's.
class V2SpecReader
{
    Q_DECLARE_TR_FUNCTIONS(V2SpecReader)

public:
    struct Result
    {
        LaunchSpec spec;
        QString error; // names the parameter; empty when read

        bool ok() const { return error.isEmpty(); }
    };

    static const QStringList &runInstancesRequired();
    static const QStringList &priceInquiryRequired();

    static Result read(const V2Params &params, const QStringList &required);
};
