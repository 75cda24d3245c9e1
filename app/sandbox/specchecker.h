// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class Catalog;

// Decides whether the sandbox accepts a launch, for every protocol: first the shared validator
// (the same rules the wizard shows), then the sandbox's world (does this image, key pair, VPC,
// subnet exist, in this zone?). Returns the first problem the service refuses
// (ServiceCodes::refuses: every error, and the public-IP-without-bandwidth warning), naming its
// parameter and the code the real service answers with.
class SpecChecker
{
    Q_DECLARE_TR_FUNCTIONS(SpecChecker)

public:
    struct Problem
    {
        QString field; // the API 2.0 parameter name, e.g. "cpu"
        QString code;  // the service's API 3.0 error code, e.g. "InvalidClientToken.TooLong"
        QString message;
    };

    // `fields` limits the check to findings on those parameters (empty: every parameter);
    // findings on the parameters in `skip` are ignored (values the request did not send, which
    // the service chooses itself), except that a missing required one is still reported.
    static std::optional<Problem> firstProblem(const LaunchSpec &spec, const Catalog &catalog,
                                               const QStringList &fields = {},
                                               const QStringList &skip = {});

private:
    static std::optional<Problem> worldProblem(const LaunchSpec &spec, const QStringList &fields);
};
