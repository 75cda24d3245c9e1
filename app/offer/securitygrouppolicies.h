// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The rules of one security group: vpc DescribeSecurityGroupPolicies' SecurityGroupPolicySet
// (vpc 2017-03-12), so the wizard can show what the chosen group lets in.
class SecurityGroupPolicies
{
    Q_DECLARE_TR_FUNCTIONS(SecurityGroupPolicies)

public:
    // One SecurityGroupPolicy.
    struct Rule
    {
        int policyIndex = 0;   // PolicyIndex
        QString protocol;      // Protocol: TCP, UDP, ICMP, ICMPv6, ALL
        QString port;          // Port: "all", "22", "8000-8010", "22,80"
        QString cidrBlock;     // CidrBlock, IPv4
        QString ipv6CidrBlock; // Ipv6CidrBlock
        QString sourceGroupId; // SecurityGroupId: another group as the source
        QString action;        // Action: ACCEPT or DROP
        QString description;   // PolicyDescription

        bool operator==(const Rule &) const = default;
    };

    QString version; // Version
    QList<Rule> ingress;
    QList<Rule> egress;

    // One line per inbound rule in order, e.g. "Allow TCP 22 from 0.0.0.0/0"; "No inbound
    // rule: everything is refused." when there is none.
    QStringList inboundSummary() const;
    // True when an ACCEPT rule lets anything in from every IPv4 or IPv6 address.
    bool opensToInternet() const;
};
