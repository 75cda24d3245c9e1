// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/servicecodes.h"

namespace {

struct Entry
{
    const char *field; // "*": any field
    const char *finding;
    const char *code;
};

// Most specific first: the first entry whose field and finding code match wins.
constexpr Entry kTable[] = {
    {"clientToken", "length", "InvalidClientToken.TooLong"},
    {"instanceName", "length", "InvalidInstanceName.TooLong"},
    {"wanIp", "noPublicIp", "InvalidParameterCombination"},
    {"isVpcGateway", "needsVpc", "InvalidParameterCombination"},
    {"isVpcGateway", "needsPublicIp", "InvalidParameterCombination"},
    {"keyId", "conflict", "InvalidParameterCombination"},
    {"keyId", "windowsKey", "UnsupportedOperation.KeyPairUnsupportedWindows"},
    {"password", "length", "InvalidPassword"},
    {"password", "classes", "InvalidPassword"},
    {"password", "characters", "InvalidPassword"},
    {"zoneId", "region", "InvalidZone.MismatchRegion"},
    {"subnetId", "zone", "InvalidParameterValue.SubnetIdZoneIdNotMatch"},
    {"subnetId", "unknown", "InvalidParameterValue.SubnetNotExist"},
    {"*", "required", "MissingParameter"},
    {"*", "pair", "MissingParameter"},
};

} // namespace

QString ServiceCodes::forFinding(const Finding &finding)
{
    for (const Entry &entry : kTable) {
        if ((qstrcmp(entry.field, "*") == 0 || finding.field == QLatin1String(entry.field)) &&
            finding.code == QLatin1String(entry.finding))
            return QLatin1String(entry.code);
    }
    return InvalidParameterValue;
}

bool ServiceCodes::refuses(const Finding &finding)
{
    return finding.isError() ||
           (finding.field == QLatin1String("wanIp") && finding.code == QLatin1String("noPublicIp"));
}
