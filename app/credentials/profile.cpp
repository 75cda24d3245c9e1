// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/profile.h"

#include "catalog/catalog.h"
#include "credentials/endpointcheck.h"

#include <QLocale>
#include <QUuid>

Profile Profile::newAccount()
{
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.version = ApiConfig::Version::V3;
    return profile;
}

Profile Profile::sandbox()
{
    Profile profile;
    profile.id = sandboxId();
    profile.kind = Kind::Sandbox;
    profile.name = tr("Sandbox");
    // Today's world first (API 3.0: current families, cloud disks, VPCs, quotas), as a real
    // account meets it; the sandbox speaks both, and API 2.0 (the seed's world) is one choice
    // away in the profile.
    profile.version = ApiConfig::Version::V3;
    return profile;
}

QString Profile::versionReason()
{
    return tr("API 2.0 no longer serves real accounts: use API 3.0 unless you know your endpoint "
              "still speaks 2.0.");
}

QString Profile::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the profile a name, for example the account's owner or purpose.");
    // Only the catalog's regions: the app names zones, and so launches, only where the catalog
    // knows them (numeric zone ids, API 3.0 zone names), so a region outside it could list
    // nothing to launch in. A typo ("mars-north-1") is refused here rather than by the service.
    if (!Catalog::builtIn().region(region)) {
        QStringList known;
        for (const CatalogRegion &r : Catalog::builtIn().regions())
            known << r.id;
        return tr("“%1” is not a region the app knows. Choose one of: %2.")
            .arg(region, known.join(QStringLiteral(", ")));
    }
    if (kind == Kind::Stored) {
        const EndpointCheck::Result endpointResult = EndpointCheck::check(endpoint);
        if (!endpointResult.ok())
            return endpointResult.error;
    }
    if (signatureMethod != QLatin1String("HmacSHA256") &&
        signatureMethod != QLatin1String("HmacSHA1")) {
        return tr("The signature method must be HmacSHA256 or HmacSHA1.");
    }
    if (defaultProjectId < 0)
        return tr("The default project id cannot be negative; 0 is the default project.");
    return {};
}

ApiConfig Profile::toApiConfig(const Credentials &keys, const QUrl &endpointOverride) const
{
    ApiConfig config;
    config.version = version;
    config.region = region;
    config.signatureMethod = signatureMethod;
    config.secretId = keys.secretId;
    config.secretKey = keys.secretKey;
    // The names the service answers with (zones, families) in the interface's language.
    config.language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-CN")
                                                               : QStringLiteral("en-US");
    if (endpointOverride.isValid() && !endpointOverride.isEmpty())
        config.endpoint = endpointOverride;
    else
        config.endpoint = EndpointCheck::check(endpoint).url;
    return config;
}
