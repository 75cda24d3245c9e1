// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "validation/finding.h"

#include <QString>

// Which error code the real service answers for each kind of problem the shared validator finds,
// and which findings it refuses at all. The validator speaks to the wizard (field + finding code +
// severity); the service answers with its own codes (API 3.0 Response.Error.Code; API 2.0 maps
// them to its numbers in V2Reply::codeFor). The codes are those of the RunInstances error list
// (cvm-api-v3-today.md §6, from the CLI's api.json / errors.go): e.g. a ClientToken over 64
// characters is `InvalidClientToken.TooLong`, a public IP without bandwidth
// `InvalidParameterCombination`. Anything the table does not name is `InvalidParameterValue`,
// the service's generic answer.
class ServiceCodes
{
public:
    static inline const QString InvalidParameterValue = QStringLiteral("InvalidParameterValue");
    static inline const QString InvalidParameterCombination =
        QStringLiteral("InvalidParameterCombination");
    static inline const QString MissingParameter = QStringLiteral("MissingParameter");
    static inline const QString LimitExceeded =
        QStringLiteral("InvalidParameterValue.LimitExceeded");
    static inline const QString RequestLimitExceeded = QStringLiteral("RequestLimitExceeded");

    // The service's code for a finding (by its field and code, see finding.h).
    static QString forFinding(const Finding &finding);
    // Whether the service refuses a request with this finding: every error, and the warnings the
    // wizard only advises about but the service does not accept (a public IP with no bandwidth:
    // RunInstances' PublicIpAssigned "当公网带宽为0Mbps时，不允许分配公网IP").
    static bool refuses(const Finding &finding);
};
