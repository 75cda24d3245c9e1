#include "sandbox/specchecker.h"

#include "catalog/catalog.h"
#include "sandbox/sandboxdata.h"
#include "validation/validator.h"

namespace {

bool wanted(const QStringList &fields, const char *field)
{
    return fields.isEmpty() || fields.contains(QLatin1String(field));
}

} // namespace

std::optional<SpecChecker::Problem>
SpecChecker::firstProblem(const LaunchSpec &spec, const Catalog &catalog, const QStringList &fields)
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
    for (const Finding &finding : Validator::validate(spec, catalog, context)) {
        if (finding.isError() && (fields.isEmpty() || fields.contains(finding.field)))
            return Problem{finding.field, finding.message};
    }
    return worldProblem(spec, fields);
}

std::optional<SpecChecker::Problem> SpecChecker::worldProblem(const LaunchSpec &spec,
                                                              const QStringList &fields)
{
    const Image *image = SandboxData::findImage(spec.imageId);
    if (wanted(fields, "imageId") && !image) {
        return Problem{
            QStringLiteral("imageId"),
            tr("image %1 does not exist; pick one that DescribeImages lists.").arg(spec.imageId)};
    }
    if (wanted(fields, "imageType") && image && image->imageType != spec.imageType) {
        return Problem{QStringLiteral("imageType"),
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
                           tr("key pair %1 does not exist; pick one that DescribeKeyPairs lists.")
                               .arg(spec.keyId)};
        }
    }
    if (wanted(fields, "vpcId") && spec.usesVpc()) {
        const auto *vpc = SandboxData::findVpc(spec.vpcId);
        if (!vpc || vpc->region != spec.region) {
            return Problem{QStringLiteral("vpcId"),
                           tr("VPC %1 does not exist in region %2; pick one that DescribeVpcEx "
                              "lists.")
                               .arg(spec.vpcId, spec.region)};
        }
        const Subnet *subnet = SandboxData::findSubnet(spec.subnetId);
        if (!subnet || subnet->vpcId != spec.vpcId) {
            return Problem{QStringLiteral("subnetId"),
                           tr("subnet %1 does not exist in VPC %2; pick one that "
                              "DescribeSubnetEx lists.")
                               .arg(spec.subnetId, spec.vpcId)};
        }
        if (!subnet->zoneIds.contains(spec.zoneId)) {
            return Problem{QStringLiteral("subnetId"),
                           tr("subnet %1 is not in zone %2; an instance must be in its "
                              "subnet's zone.")
                               .arg(spec.subnetId)
                               .arg(spec.zoneId)};
        }
    }
    return std::nullopt;
}
