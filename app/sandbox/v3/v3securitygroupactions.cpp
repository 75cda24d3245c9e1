// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/v3/v3securitygroupactions.h"

#include "sandbox/v3/v3params.h"
#include "sandbox/v3/v3protocol.h"
#include "sandbox/v3/v3reply.h"
#include "sandbox/v3/v3world.h"

#include <QJsonArray>
#include <QJsonObject>

V3SecurityGroupActions::V3SecurityGroupActions(const V3World *world)
    : m_world(world)
{}

void V3SecurityGroupActions::registerWith(V3Protocol &protocol)
{
    const QString vpc = QStringLiteral("vpc");
    protocol.addAction(vpc, QStringLiteral("DescribeSecurityGroups"),
                       [this](const V3Call &call) { return describeSecurityGroups(call); });
    protocol.addAction(vpc, QStringLiteral("DescribeSecurityGroupPolicies"),
                       [this](const V3Call &call) { return describeSecurityGroupPolicies(call); });
}

SandboxReply V3SecurityGroupActions::describeSecurityGroups(const V3Call &call) const
{
    QString error;
    // Offset and Limit are Strings in the vpc API ("Limit":"1" in the official example);
    // V3Params takes both forms.
    const auto offset =
        V3Params::integer(call.body, QStringLiteral("Offset"), 0, 0, 1'000'000, &error);
    const auto limit =
        offset ? V3Params::integer(call.body, QStringLiteral("Limit"), 20, 1, 100, &error)
               : std::nullopt;
    const auto ids = limit
                         ? V3Params::strings(call.body, QStringLiteral("SecurityGroupIds"), &error)
                         : std::nullopt;
    if (!ids)
        return V3Reply::error(QStringLiteral("InvalidParameterValue"), error);
    if (ids->size() > 100) {
        return V3Reply::error(QStringLiteral("InvalidParameterValue.LimitExceeded"),
                              tr("Invalid parameter SecurityGroupIds: at most 100 ids per "
                                 "request."));
    }
    const bool filtered = call.body.contains(QLatin1String("Filters"));
    if (!ids->isEmpty() && filtered) {
        return V3Reply::error(QStringLiteral("InvalidParameter.Coexist"),
                              tr("SecurityGroupIds and Filters cannot be given together; send "
                                 "one of them."));
    }
    static const QStringList known = {QStringLiteral("security-group-id"),
                                      QStringLiteral("security-group-name"),
                                      QStringLiteral("project-id")};
    for (const QJsonValue item : call.body.value(QLatin1String("Filters")).toArray()) {
        const QString name = item.toObject().value(QLatin1String("Name")).toString();
        if (!known.contains(name)) {
            return V3Reply::error(QStringLiteral("InvalidFilter"),
                                  tr("Invalid filter \"%1\": DescribeSecurityGroups filters by "
                                     "%2.")
                                      .arg(name, known.join(QLatin1String(", "))));
        }
    }
    QStringList wantedIds = *ids;
    wantedIds += V3Params::filter(call.body, QStringLiteral("security-group-id"));
    const QStringList names = V3Params::filter(call.body, QStringLiteral("security-group-name"));
    const QStringList projects = V3Params::filter(call.body, QStringLiteral("project-id"));

    QJsonArray set;
    int total = 0;
    for (const V3WorldSecurityGroup &group : m_world->securityGroups(call.region)) {
        if ((!wantedIds.isEmpty() && !wantedIds.contains(group.id)) ||
            (!names.isEmpty() && !names.contains(group.name)) ||
            (!projects.isEmpty() && !projects.contains(group.projectId)))
            continue;
        if (total >= *offset && set.size() < *limit) {
            set.append(QJsonObject{{QLatin1String("SecurityGroupId"), group.id},
                                   {QLatin1String("SecurityGroupName"), group.name},
                                   {QLatin1String("SecurityGroupDesc"), group.description},
                                   {QLatin1String("ProjectId"), group.projectId},
                                   {QLatin1String("IsDefault"), group.isDefault},
                                   {QLatin1String("CreatedTime"), group.createdTime},
                                   {QLatin1String("UpdateTime"), group.createdTime},
                                   {QLatin1String("TagSet"), QJsonArray()}});
        }
        ++total;
    }
    return V3Reply::ok(
        {{QLatin1String("SecurityGroupSet"), set}, {QLatin1String("TotalCount"), total}});
}

SandboxReply V3SecurityGroupActions::describeSecurityGroupPolicies(const V3Call &call) const
{
    const QString id = call.body.value(QLatin1String("SecurityGroupId")).toString();
    if (id.isEmpty()) {
        return V3Reply::error(QStringLiteral("MissingParameter"),
                              tr("The parameter SecurityGroupId is missing; DescribeSecurityGroups "
                                 "lists the ids."));
    }
    const V3WorldSecurityGroup *group = m_world->securityGroup(id);
    if (!group || group->region != call.region) {
        return V3Reply::error(QStringLiteral("ResourceNotFound"),
                              tr("The security group %1 does not exist in the region %2; "
                                 "DescribeSecurityGroups lists the ids.")
                                  .arg(id, call.region));
    }
    return V3Reply::ok({{QLatin1String("SecurityGroupPolicySet"),
                         QJsonObject{{QLatin1String("Version"), QStringLiteral("1")},
                                     {QLatin1String("Ingress"), group->ingress},
                                     {QLatin1String("Egress"), group->egress}}}});
}
