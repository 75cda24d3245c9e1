// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "validation/validator.h"

#include "spec/instancecount.h"
#include "validation/hardwarerules.h"
#include "validation/loginrules.h"
#include "validation/networkrules.h"
#include "validation/offerrules.h"
#include "validation/rulehelpers.h"

using namespace RuleHelpers;

namespace {

void checkImage(const LaunchSpec &spec, const Catalog &catalog, const ValidationContext &context,
                Findings &out)
{
    if (spec.imageId.isEmpty() && context.reportMissing)
        error(out, SpecField::ImageId, "required", Validator::tr("Choose an image."));
    if (spec.imageType == 0) {
        if (context.reportMissing)
            error(out, SpecField::ImageType, "required",
                  Validator::tr("Choose the image type: private, public, marketplace or "
                                "shared."));
    } else if (!catalog.isImageType(spec.imageType)) {
        Finding &f = error(out, SpecField::ImageType, "range",
                           Validator::tr("Image type %1 does not exist. It is 1 (private), "
                                         "2 (public), 3 (marketplace) or 4 (shared).")
                               .arg(spec.imageType));
        for (const ImageTypeInfo &t : catalog.imageTypes())
            suggest(f, SpecField::ImageType, t.id, t.name.text(context.locale));
    }
}

// Counts characters as the operator sees them: a surrogate pair is one.
qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

QString firstCharacters(const QString &text, qsizetype count)
{
    qsizetype i = 0;
    for (qsizetype seen = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate() && seen++ == count)
            break;
    }
    return text.left(i);
}

// A count above both this app's cap ("range") and the zone's quota ("quota", from OfferRules)
// gets one finding, the lower bound's, whose fix satisfies both: with the two, "Use 1000" left
// "only 30 left" standing.
void keepOneCountFinding(Findings &out)
{
    const QString goodsNum = SpecFields::key(SpecField::GoodsNum);
    const Finding *quota = out.find(goodsNum, QStringLiteral("quota"));
    if (!quota || !out.find(goodsNum, QStringLiteral("range")))
        return;
    const QVariant fix =
        quota->suggestions.isEmpty() ? QVariant() : quota->suggestions.first().value;
    // The quota's fix within the cap (or no fix: the quota is used up) is the one to keep.
    const bool keepQuota = !fix.isValid() || fix.toInt() <= InstanceCount::MaxPerLaunch;
    const QLatin1String dropped = keepQuota ? QLatin1String("range") : QLatin1String("quota");
    out.removeIf([&](const Finding &f) { return f.field == goodsNum && f.code == dropped; });
}

// The count per launch (the wizard, templates) or per request (the sandbox reading one
// request): see InstanceCount for what each means.
void checkGoodsNum(const LaunchSpec &spec, const Catalog &catalog, const ValidationContext &context,
                   Findings &out)
{
    const bool perRequest = context.count == ValidationContext::CountScope::Request;
    const SizeRule goods{catalog.goodsNum().min,
                         perRequest ? InstanceCount::PerRequest : InstanceCount::MaxPerLaunch,
                         catalog.goodsNum().step, catalog.goodsNum().defaultValue};
    if (goods.contains(spec.goodsNum))
        return;
    const QString message =
        perRequest ? Validator::tr("One request launches %1 to %2 instances.")
                         .arg(goods.min)
                         .arg(goods.max)
                   : Validator::tr("One launch creates %1 to %2 instances. %2 is a limit of this "
                                   "app until it reads your account's quota; the service's quota "
                                   "may be lower.")
                         .arg(goods.min)
                         .arg(goods.max);
    Finding &f = error(out, SpecField::GoodsNum, "range", message);
    for (int v : goods.nearest(spec.goodsNum))
        suggest(f, SpecField::GoodsNum, v, QString::number(v));
}

void checkCounts(const LaunchSpec &spec, const Catalog &catalog, const ValidationContext &context,
                 Findings &out)
{
    checkGoodsNum(spec, catalog, context, out);
    keepOneCountFinding(out);

    const int maxName = catalog.instanceNameMaxLength();
    if (characterCount(spec.instanceName) > maxName) {
        Finding &f = error(out, SpecField::InstanceName, "length",
                           Validator::tr("Instance names are at most %1 characters; this one has "
                                         "%2.")
                               .arg(maxName)
                               .arg(characterCount(spec.instanceName)));
        const QString shorter = firstCharacters(spec.instanceName, maxName);
        suggest(f, SpecField::InstanceName, shorter, shorter);
    }

    const int maxToken = catalog.clientTokenMaxLength();
    const bool ascii = std::all_of(spec.clientToken.cbegin(), spec.clientToken.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f;
    });
    if (!ascii) {
        error(out, SpecField::ClientToken, "ascii",
              Validator::tr("The client token may hold only printable ASCII characters."));
    } else if (spec.clientToken.size() > maxToken) {
        Finding &f =
            error(out, SpecField::ClientToken, "length",
                  Validator::tr("The client token is at most %1 characters.").arg(maxToken));
        suggest(f, SpecField::ClientToken, spec.clientToken.left(maxToken),
                Validator::tr("First %1 characters").arg(maxToken));
    }

    if (spec.projectId < 0) {
        Finding &f = error(out, SpecField::ProjectId, "range",
                           Validator::tr("Project ids are 0 (the default project) or more."));
        suggest(f, SpecField::ProjectId, 0, Validator::tr("Default project"));
    }
}

} // namespace

Findings Validator::validate(const LaunchSpec &spec, const Catalog &catalog,
                             const ValidationContext &context)
{
    Findings out;
    HardwareRules::check(spec, catalog, context, out);
    OfferRules::apply(spec, catalog, context, out);
    checkImage(spec, catalog, context, out);
    NetworkRules::check(spec, catalog, context, out);
    LoginRules::check(spec, catalog, context, out);
    checkCounts(spec, catalog, context, out);
    return out;
}
