// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/specchecker.h"

#include "catalog/catalog.h"
#include "sandbox/sandboxdata.h"
#include "sandbox/servicecodes.h"
#include "validation/validator.h"

namespace {

bool wanted(const QStringList &fields, const char *field)
{
    return fields.isEmpty() || fields.contains(QLatin1String(field));
}

} // namespace

std::optional<SpecChecker::Problem> SpecChecker::firstProblem(const LaunchSpec &spec,
                                                              const Catalog &catalog,
                                                              const QStringList &fields,
                                                              const QStringList &skip)
{
    ValidationContext context;
    if (const Image *image = SandboxData::findImage(spec.imageId))
        context.imageOs = osFamilyFromName(image->osName);
    if (spec.usesVpc()) {
        QList<Subnet> subnets;
        for (const Subnet &subnet : SandboxData::subnets()) {
            if (subnet.vpcId == spec.vpcId)
                subnets.append(subnet);
        }
        context.subnets = subnets;
    }
    context.locale = QLocale(QLocale::English);
    // The sandbox reads one request: its goodsNum / InstanceCount is that request's, not a
    // launch's.
    context.count = ValidationContext::CountScope::Request;
    // An image that does not exist comes first, as the service checks it before its properties:
    // its type is then unknown, and "choose the image type" would blame the wrong parameter.
    if (!spec.imageId.isEmpty() && !SandboxData::findImage(spec.imageId) &&
        wanted(fields, "imageId"))
        return worldProblem(spec, {QStringLiteral("imageId")});
    for (const Finding &finding : Validator::validate(spec, catalog, context)) {
        const bool skipped =
            skip.contains(finding.field) && finding.code != QLatin1String("required");
        if (ServiceCodes::refuses(finding) && !skipped &&
            (fields.isEmpty() || fields.contains(finding.field)))
            return Problem{finding.field, ServiceCodes::forFinding(finding), finding.message};
    }
    return worldProblem(spec, fields);
}

std::optional<SpecChecker::Problem> SpecChecker::worldProblem(const LaunchSpec &spec,
                                                              const QStringList &fields)
{
    const Image *image = SandboxData::findImage(spec.imageId);
    if (wanted(fields, "imageId") && !image) {
        return Problem{
            QStringLiteral("imageId"), QStringLiteral("InvalidImageId.NotFound"),
            tr("image %1 does not exist; pick one that DescribeImages lists.").arg(spec.imageId)};
    }
    if (wanted(fields, "imageType") && image && image->imageType != spec.imageType) {
        return Problem{QStringLiteral("imageType"), ServiceCodes::InvalidParameterValue,
                       tr("image %1 is of type %2, not %3; imageType must match the image.")
                           .arg(spec.imageId)
                           .arg(image->imageType)
                           .arg(spec.imageType)};
    }
    if (wanted(fields, "keyId") && !spec.keyId.isEmpty()) {
        bool found = false;
        for (const auto &key : SandboxData::keyPairs())
            found = found || key.keyPair.keyId == spec.keyId;
        if (!found) {
            return Problem{QStringLiteral("keyId"),
                           QStringLiteral("InvalidParameterValue.KeyPairNotFound"),
                           tr("key pair %1 does not exist; pick one that DescribeKeyPairs lists.")
                               .arg(spec.keyId)};
        }
    }
    if (wanted(fields, "vpcId") && spec.usesVpc()) {
        const auto *vpc = SandboxData::findVpc(spec.vpcId);
        if (!vpc || vpc->region != spec.region) {
            return Problem{QStringLiteral("vpcId"),
                           QStringLiteral("InvalidParameterValue.VpcIdNotExist"),
                           tr("VPC %1 does not exist in region %2; pick one that DescribeVpcEx "
                              "lists.")
                               .arg(spec.vpcId, spec.region)};
        }
        const Subnet *subnet = SandboxData::findSubnet(spec.subnetId);
        if (!subnet || subnet->vpcId != spec.vpcId) {
            return Problem{QStringLiteral("subnetId"),
                           subnet ? QStringLiteral("InvalidParameterValue.VpcIdSubnetIdNotMatch")
                                  : QStringLiteral("InvalidParameterValue.SubnetNotExist"),
                           tr("subnet %1 does not exist in VPC %2; pick one that "
                              "DescribeSubnetEx lists.")
                               .arg(spec.subnetId, spec.vpcId)};
        }
        if (!subnet->zoneIds.contains(spec.zoneId)) {
            return Problem{QStringLiteral("subnetId"),
                           QStringLiteral("InvalidParameterValue.SubnetIdZoneIdNotMatch"),
                           tr("subnet %1 is not in zone %2; an instance must be in its "
                              "subnet's zone.")
                               .arg(spec.subnetId)
                               .arg(spec.zoneId)};
        }
    }
    return std::nullopt;
}
