// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "credentials/profilestore.h"

#include <QSettings>

#include <algorithm>

namespace {

const QLatin1String kGroup("profiles");
const QLatin1String kActive("activeProfile");

QString versionText(ApiConfig::Version version)
{
    return version == ApiConfig::Version::V2 ? QStringLiteral("2") : QStringLiteral("3");
}

// Reads one profile's fields from the current group; anything unreadable keeps its default and
// Profile::validate() later tells the operator.
Profile readFields(const QSettings &settings, Profile profile)
{
    if (profile.kind == Profile::Kind::Stored) {
        profile.name = settings.value(QStringLiteral("name"), profile.name).toString();
        profile.endpoint = settings.value(QStringLiteral("endpoint")).toString();
    }
    profile.version =
        settings.value(QStringLiteral("apiVersion"), versionText(profile.version)).toString() ==
                QLatin1String("2")
            ? ApiConfig::Version::V2
            : ApiConfig::Version::V3;
    profile.region = settings.value(QStringLiteral("region"), profile.region).toString();
    profile.signatureMethod =
        settings.value(QStringLiteral("signatureMethod"), profile.signatureMethod).toString();
    profile.defaultProjectId =
        settings.value(QStringLiteral("defaultProjectId"), profile.defaultProjectId).toLongLong();
    return profile;
}

} // namespace

ProfileStore::ProfileStore(CredentialStore *credentials, const QProcessEnvironment &environment,
                           QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_sandboxProfile(Profile::sandbox())
{
    m_environmentKeys.secretId = environment.value(QStringLiteral("TENCENTCLOUD_SECRET_ID"));
    m_environmentKeys.secretKey = environment.value(QStringLiteral("TENCENTCLOUD_SECRET_KEY"));
    if (!m_environmentKeys.isComplete())
        m_environmentKeys = {};
    m_environmentRegion = environment.value(QStringLiteral("TENCENTCLOUD_REGION")).trimmed();
    load();
}

void ProfileStore::load()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const QStringList ids = settings.childGroups();
    for (const QString &id : ids) {
        settings.beginGroup(id);
        if (id == Profile::sandboxId()) {
            m_sandboxProfile = readFields(settings, m_sandboxProfile);
        } else if (id != Profile::environmentId()) {
            Profile profile;
            profile.id = id;
            m_stored.append(readFields(settings, profile));
        }
        settings.endGroup();
    }
    m_activeId = settings.value(kActive, Profile::sandboxId()).toString();
    settings.endGroup();
    std::sort(m_stored.begin(), m_stored.end(), [](const Profile &a, const Profile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    if (!profile(m_activeId))
        m_activeId = Profile::sandboxId();
}

std::optional<Profile> ProfileStore::environmentProfile() const
{
    if (!m_environmentKeys.isComplete())
        return std::nullopt;
    Profile profile;
    profile.id = Profile::environmentId();
    profile.kind = Profile::Kind::Environment;
    profile.name = tr("Environment");
    profile.version = ApiConfig::Version::V3; // the variables Tencent's API 3.0 SDKs read
    if (!m_environmentRegion.isEmpty())
        profile.region = m_environmentRegion;
    return profile;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> all{m_sandboxProfile};
    if (const auto environment = environmentProfile())
        all.append(*environment);
    all.append(m_stored);
    return all;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    for (const Profile &p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::find(const QString &idOrName) const
{
    if (auto byId = profile(idOrName))
        return byId;
    const QString wanted = idOrName.trimmed();
    for (const Profile &p : profiles()) {
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    // The built-ins also answer to their untranslated names, so scripts work in any language.
    if (wanted.compare(QLatin1String("sandbox"), Qt::CaseInsensitive) == 0)
        return profile(Profile::sandboxId());
    if (wanted.compare(QLatin1String("environment"), Qt::CaseInsensitive) == 0)
        return profile(Profile::environmentId());
    return std::nullopt;
}

Profile ProfileStore::active() const
{
    return profile(m_activeId).value_or(m_sandboxProfile);
}

bool ProfileStore::setActive(const QString &id)
{
    const auto chosen = profile(id);
    if (!chosen)
        return false;
    if (id == m_activeId)
        return true;
    m_activeId = id;
    QSettings settings;
    settings.setValue(kGroup + u'/' + kActive, id);
    Q_EMIT activeChanged(*chosen);
    return true;
}

QString ProfileStore::save(const Profile &candidate)
{
    if (candidate.kind == Profile::Kind::Environment)
        return tr("The Environment profile comes from TENCENTCLOUD_* variables and cannot be "
                  "saved; add a profile of your own instead.");
    Profile profile = candidate;
    if (profile.kind == Profile::Kind::Sandbox) {
        // Only the protocol settings of the sandbox are the operator's to change.
        profile.id = Profile::sandboxId();
        profile.name = m_sandboxProfile.name;
        profile.endpoint.clear();
    }
    profile.name = profile.name.trimmed();
    profile.endpoint = profile.endpoint.trimmed();
    if (profile.id.isEmpty() || profile.id.contains(u'/'))
        return tr("The profile has no valid id; create it again with Add.");
    if (QString problem = profile.validate(); !problem.isEmpty())
        return problem;
    for (const Profile &other : profiles()) {
        if (other.id != profile.id && other.name.compare(profile.name, Qt::CaseInsensitive) == 0)
            return tr("There is already a profile named “%1”; choose another name.")
                .arg(profile.name);
    }

    write(profile);
    if (profile.kind == Profile::Kind::Sandbox) {
        m_sandboxProfile = profile;
    } else {
        const auto it = std::find_if(m_stored.begin(), m_stored.end(),
                                     [&](const Profile &p) { return p.id == profile.id; });
        if (it != m_stored.end())
            *it = profile;
        else
            m_stored.append(profile);
        std::sort(m_stored.begin(), m_stored.end(), [](const Profile &a, const Profile &b) {
            return a.name.localeAwareCompare(b.name) < 0;
        });
    }
    Q_EMIT profilesChanged();
    if (profile.id == m_activeId)
        Q_EMIT activeChanged(profile);
    return {};
}

void ProfileStore::write(const Profile &profile) const
{
    // Never a key here: the keys of a profile go to CredentialStore only.
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.beginGroup(profile.id);
    if (profile.kind == Profile::Kind::Stored) {
        settings.setValue(QStringLiteral("name"), profile.name);
        settings.setValue(QStringLiteral("endpoint"), profile.endpoint);
    }
    settings.setValue(QStringLiteral("apiVersion"), versionText(profile.version));
    settings.setValue(QStringLiteral("region"), profile.region);
    settings.setValue(QStringLiteral("signatureMethod"), profile.signatureMethod);
    settings.setValue(QStringLiteral("defaultProjectId"), profile.defaultProjectId);
}

void ProfileStore::remove(const QString &id, QObject *context, CredentialStore::Callback done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto reply = [guard, hadContext, done = std::move(done)](const CredentialStore::Result &r) {
        if (hadContext && !guard)
            return;
        done(r);
    };
    const auto existing = profile(id);
    if (!existing || existing->isBuiltIn()) {
        CredentialStore::Result refused;
        refused.status = SecretStore::Status::Failed;
        refused.message =
            existing ? tr("The built-in profile “%1” cannot be deleted.").arg(existing->name)
                     : tr("That profile no longer exists.");
        QMetaObject::invokeMethod(
            this, [reply, refused] { reply(refused); }, Qt::QueuedConnection);
        return;
    }
    m_credentials->remove(id, this, [this, id, reply](const CredentialStore::Result &result) {
        if (!result.ok()) {
            reply(result);
            return;
        }
        m_stored.erase(std::remove_if(m_stored.begin(), m_stored.end(),
                                      [&](const Profile &p) { return p.id == id; }),
                       m_stored.end());
        QSettings settings;
        settings.remove(kGroup + u'/' + id);
        Q_EMIT profilesChanged();
        if (m_activeId == id) {
            m_activeId.clear();
            setActive(Profile::sandboxId());
        }
        reply(result);
    });
}

void ProfileStore::setSandboxAccess(const SandboxAccess &access)
{
    m_sandbox = access;
    if (m_activeId == Profile::sandboxId())
        Q_EMIT activeChanged(m_sandboxProfile);
}

ProfileStore::ConfigResult ProfileStore::apiConfig(const Profile &profile,
                                                   const Credentials &storedKeys) const
{
    ConfigResult result;
    if (const QString problem = profile.validate(); !problem.isEmpty()) {
        result.error = tr("Profile “%1” cannot be used: %2").arg(profile.name, problem);
        return result;
    }
    switch (profile.kind) {
    case Profile::Kind::Sandbox: {
        if (m_sandbox.endpoint.isEmpty() && m_endpointOverride.isEmpty()) {
            result.error = tr("The built-in sandbox is not running. Restart CVM Launcher, or "
                              "choose another profile.");
            return result;
        }
        ApiConfig config = profile.toApiConfig(m_sandbox.keys, m_endpointOverride);
        if (m_endpointOverride.isEmpty())
            config.endpoint = m_sandbox.endpoint;
        result.config = config;
        return result;
    }
    case Profile::Kind::Environment:
        result.config = profile.toApiConfig(m_environmentKeys, m_endpointOverride);
        return result;
    case Profile::Kind::Stored:
        if (!storedKeys.isComplete()) {
            result.error = tr("Profile “%1” has no SecretId and SecretKey yet. Enter them in "
                              "Profiles… (toolbar).")
                               .arg(profile.name);
            return result;
        }
        result.config = profile.toApiConfig(storedKeys, m_endpointOverride);
        return result;
    }
    return result;
}
