// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "offer/securitygrouppolicies.h"

namespace {

QString source(const SecurityGroupPolicies::Rule &rule)
{
    if (!rule.cidrBlock.isEmpty())
        return rule.cidrBlock;
    if (!rule.ipv6CidrBlock.isEmpty())
        return rule.ipv6CidrBlock;
    return rule.sourceGroupId;
}

bool isEverywhere(const QString &cidr)
{
    return cidr == QLatin1String("0.0.0.0/0") || cidr == QLatin1String("::/0");
}

} // namespace

QStringList SecurityGroupPolicies::inboundSummary() const
{
    QStringList lines;
    for (const Rule &rule : ingress) {
        const bool accept = rule.action.compare(QLatin1String("ACCEPT"), Qt::CaseInsensitive) == 0;
        const bool allPorts = rule.port.isEmpty() ||
                              rule.port.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0;
        const QString protocol =
            rule.protocol.compare(QLatin1String("ALL"), Qt::CaseInsensitive) == 0
                ? tr("all protocols")
                : rule.protocol;
        const QString what = allPorts ? protocol : protocol + u' ' + rule.port;
        const QString from = source(rule);
        lines.append(accept ? tr("Allow %1 from %2").arg(what, from)
                            : tr("Refuse %1 from %2").arg(what, from));
    }
    if (lines.isEmpty())
        lines.append(tr("No inbound rule: everything is refused."));
    return lines;
}

bool SecurityGroupPolicies::opensToInternet() const
{
    for (const Rule &rule : ingress) {
        if (rule.action.compare(QLatin1String("ACCEPT"), Qt::CaseInsensitive) == 0 &&
            (isEverywhere(rule.cidrBlock) || isEverywhere(rule.ipv6CidrBlock)))
            return true;
    }
    return false;
}
