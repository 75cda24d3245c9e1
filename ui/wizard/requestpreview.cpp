#include "wizard/requestpreview.h"

#include "api/v2/v2requests.h"

RequestPreview::Parameters RequestPreview::parameters(const LaunchSpec &spec)
{
    // The API 2.0 backend's own builder, so the preview shows exactly what is sent; only the
    // password (and a clientToken the launcher has not added yet) are left out.
    const V2Request request = V2Requests::runInstancesHour(spec);
    Parameters p;
    p.append({QStringLiteral("Action"), request.action});
    if (!request.region.isEmpty())
        p.append({QStringLiteral("Region"), request.region});
    for (const auto &[name, value] : request.parameters) {
        if (name == QLatin1String("password"))
            continue;
        if (name == QLatin1String("clientToken") && value.isEmpty())
            continue;
        p.append({name, value});
    }
    return p;
}

QString RequestPreview::text(const LaunchSpec &spec)
{
    QStringList lines;
    for (const auto &[name, value] : parameters(spec))
        lines << QStringLiteral("%1=%2").arg(name, value);
    if (spec.hasPassword())
        lines << tr("password: set, not shown");
    lines << QString()
          << tr("Plus the common parameters (time stamp, nonce, your key ID and the "
                "signature), added when the request is signed and never shown "
                "here.");
    if (spec.clientToken.isEmpty())
        lines << tr("The launcher adds a clientToken so that a retry never creates the "
                    "instances twice.");
    return lines.join(QLatin1Char('\n'));
}
