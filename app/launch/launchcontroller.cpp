// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/launchcontroller.h"

#include "api/apierrortext.h"
#include "api/cloudapi.h"
#include "api/errorcodes.h"
#include "credentials/accountapis.h"
#include "launch/instancemodel.h"
#include "launch/journal.h"
#include "launch/launcher.h"
#include "launch/launchlog.h"
#include "launch/launchtreemodel.h"
#include "launch/statustracker.h"

#include <QSet>

#include <memory>
#include <utility>

LaunchController::LaunchController(const QString &journalDirectory, QObject *parent)
    : QObject(parent)
    , m_journal(new Journal(journalDirectory, this))
    , m_launcher(new Launcher(m_journal, this))
    , m_tracker(new StatusTracker(this))
    , m_model(new InstanceModel(this))
    , m_launches(new LaunchTreeModel(this))
{
    m_launches->setRecordLookup(
        [this](const QString &launchId) { return m_launcher->record(launchId); });
    m_launches->setSourceModel(m_model);
    connect(m_launcher, &Launcher::batchChanged, m_launches,
            [this](const QString &launchId) { m_launches->launchChanged(launchId); });
    connect(m_launcher, &Launcher::archivedChanged, m_launches,
            [this](const QString &launchId) { m_launches->launchChanged(launchId); });
    // Said the moment the last instance runs (or fails): the status bar's "Launching…" is
    // replaced by the outcome, never left standing after the rows have changed.
    connect(m_launches, &LaunchTreeModel::launchSettled, this, [this](const QString &launchId) {
        Q_EMIT message(
            tr("Launch “%1”: %2.")
                .arg(m_launches->title(launchId), m_launches->progress(launchId).text()));
    });
    // Open batches of every account are resent through their own account's backend.
    m_launcher->setApiResolver([this](const QString &profileId, const QString &region) {
        return apiFor(profileId, region);
    });
    connect(m_journal, &Journal::damagedEntry, this,
            [this](const QString &, const QString &, const QString &text) {
                Q_EMIT journalDamaged(text);
            });
    connect(m_launcher, &Launcher::launchRefused, this, &LaunchController::launchRefused);
    connect(m_launcher, &Launcher::notice, this, &LaunchController::message);
    connect(m_launcher, &Launcher::launchStarted, this, [this](const LaunchRecord &record) {
        m_launches->addLaunch(record.id);
        // A launch to another region than the active account's needs that region's backend of
        // the same profile; its batches wait, open, until AccountApis has built it.
        if (record.profileId != m_profileId || record.region != m_region)
            refreshAccount(record.profileId, record.region);
        Q_EMIT message(tr("Launching %n instance(s)…", nullptr, record.spec.goodsNum));
    });
    connect(m_launcher, &Launcher::batchRetrying, this,
            [this](const QString &, int, int attempt, int delayMs, const QString &text) {
                Q_EMIT message(tr("%1 Trying again (attempt %2) in %3 s.")
                                   .arg(text)
                                   .arg(attempt)
                                   .arg((delayMs + 999) / 1000));
            });
    connect(m_launcher, &Launcher::instancesCreated, this,
            [this](const QString &launchId, int batch, const QStringList &ids) {
                if (const auto record = m_launcher->record(launchId)) {
                    m_model->addBatch(*record, batch);
                    m_tracker->follow(ids, accountKey(record->profileId, record->region));
                    refreshAccount(record->profileId, record->region);
                }
                m_tracker->pollNow();
            });
    connect(m_launcher, &Launcher::batchFailed, this,
            [this](const QString &launchId, int batch, const QString &text) {
                if (const auto record = m_launcher->record(launchId))
                    m_model->addBatch(*record, batch);
                Q_EMIT message(tr("Part of a launch failed: %1").arg(text));
            });
    connect(m_launcher, &Launcher::batchUnconfirmed, this,
            [this](const QString &launchId, int batch, const QString &text) {
                if (const auto record = m_launcher->record(launchId))
                    m_model->addBatch(*record, batch);
                Q_EMIT message(tr("Part of a launch is not confirmed: %1").arg(text));
            });
    connect(m_tracker, &StatusTracker::instancesUpdated, m_model, &InstanceModel::updateInstances);
    connect(m_tracker, &StatusTracker::pollFailed, this, [this](const QString &text) {
        // With several accounts followed, say whose request failed (wrong keys, say).
        const QString account = m_tracker->failingAccount();
        const QString profileId = account.section(QLatin1Char('\n'), 0, 0);
        const QString name =
            m_accounts && !profileId.isEmpty() ? m_accounts->profileName(profileId) : QString();
        if (!account.isEmpty()) {
            m_pollFailing.insert(account);
            m_model->setAccountPollError(profileId, account.section(QLatin1Char('\n'), 1), text);
        }
        Q_EMIT trackerError(name.isEmpty() ? text : tr("Account “%1”: %2").arg(name, text));
    });
    connect(m_tracker, &StatusTracker::pollRecovered, this, [this] {
        for (const QString &account : std::exchange(m_pollFailing, {}))
            m_model->setAccountPollError(account.section(QLatin1Char('\n'), 0, 0),
                                         account.section(QLatin1Char('\n'), 1), QString());
        Q_EMIT trackerError(QString());
    });
    LaunchLog::follow(this);
}

void LaunchController::setSecretStore(SecretStore *store)
{
    m_launcher->setSecretStore(store);
}

void LaunchController::setAccounts(AccountApis *accounts)
{
    if (m_accounts)
        disconnect(m_accounts, nullptr, this, nullptr);
    m_accounts = accounts;
    if (accounts)
        connect(accounts, &AccountApis::changed, this, &LaunchController::refreshAccount);
    refreshKnownAccounts();
}

void LaunchController::setCloudApi(CloudApi *api, const QString &profileId, const QString &region)
{
    const bool profileChanged = profileId != m_profileId;
    m_api = api;
    m_profileId = profileId;
    m_region = region;
    // First, so that nothing goes out through the backend that was active (it is being deleted).
    m_launcher->setCloudApi(api, profileId, region);
    // The tracker keeps every account's instances: only the backend of each account may change
    // (the active one's own, or one from AccountApis for the account that was active).
    followInstances();
    if (profileChanged)
        Q_EMIT activeProfileChanged(profileId);
}

void LaunchController::start()
{
    const QList<LaunchRecord> records = m_journal->load();
    m_model->clear();
    for (const LaunchRecord &record : records)
        m_model->addLaunch(record);
    m_launcher->adopt(records);
    // Launches with no rows (no batch answered yet) show as launches too; the others are there.
    for (const LaunchRecord &record : records)
        m_launches->addLaunch(record.id);
    for (const LaunchRecord &record : records)
        m_launches->launchChanged(record.id);
    followInstances();
}

std::optional<LaunchRecord> LaunchController::launchRecord(const QString &launchId) const
{
    return m_launcher->record(launchId);
}

ApiConfig::Version LaunchController::apiVersionOf(const LaunchRecord &record) const
{
    const CloudApi *api = apiFor(record.profileId, record.region);
    return api ? api->version() : ApiConfig::Version::V3;
}

QString LaunchController::launch(const LaunchSpec &spec, std::optional<double> pricePerInstanceHour)
{
    return m_launcher->launch(spec, pricePerInstanceHour);
}

bool LaunchController::setLaunchArchived(const QString &launchId, bool archived)
{
    return m_launcher->setArchived(launchId, archived);
}

void LaunchController::returnInstance(const QString &instanceId)
{
    const int row = m_model->rowOfInstance(instanceId);
    const auto record = row >= 0 ? m_launcher->record(m_model->row(row).launchId) : std::nullopt;
    if (!record || record->profileId.isEmpty()) {
        Q_EMIT message(tr("%1 was not returned: the app does not know which account launched it. "
                          "Return it in the Tencent Cloud console.")
                           .arg(instanceId));
        return;
    }
    // Through the account that launched it, never the one selected now: another account's keys
    // would be refused at best, and its "no such instance" would read as "already returned".
    CloudApi *api = apiFor(record->profileId, record->region);
    if (!api) {
        const QString problem = accountProblem(record->profileId, record->region);
        if (m_accounts) // the keychain may be unlocked by now: the next Return may go
            m_accounts->retry(record->profileId, record->region);
        Q_EMIT message(problem.isEmpty()
                           ? tr("%1 was not returned: the keys of its account are still being "
                                "loaded from the keychain. Try again in a moment.")
                                 .arg(instanceId)
                           : tr("%1 was not returned. %2").arg(instanceId, problem));
        return;
    }
    sendReturn(api, instanceId, accountKey(record->profileId, record->region));
}

void LaunchController::returnInstances(const QStringList &instanceIds)
{
    for (const QString &id : instanceIds)
        returnInstance(id);
}

CloudApi *LaunchController::apiForInstance(const QString &instanceId, QString *problem) const
{
    const int row = m_model->rowOfInstance(instanceId);
    const auto record = row >= 0 ? m_launcher->record(m_model->row(row).launchId) : std::nullopt;
    CloudApi *api = record ? apiFor(record->profileId, record->region) : nullptr;
    if (!api && problem) {
        *problem = record ? accountProblem(record->profileId, record->region) : QString();
        if (problem->isEmpty())
            *problem = record && !record->profileId.isEmpty()
                           ? tr("The keys of its account are still being loaded from the "
                                "keychain. Try again in a moment.")
                           : tr("The app does not know which account launched it.");
    }
    return api;
}

void LaunchController::sendReturn(CloudApi *api, const QString &instanceId, const QString &account)
{
    const auto settled = std::make_shared<bool>(false);
    ApiCall *call = api->returnInstance(
        instanceId, this, [this, instanceId, account, settled](const ApiResult<bool> &result) {
            *settled = true;
            InstanceInfo info;
            const int row = m_model->rowOfInstance(instanceId);
            if (row >= 0)
                info = m_model->row(row).info;
            info.instanceId = instanceId;
            if (!result.ok() && ErrorCodes::meansGone(result.error)) {
                // Nothing left to return: the instance is gone already, which is what was asked.
                info.state = InstanceState::Returned;
                info.rawState.clear();
                m_model->updateInstances({info});
                // The tracker may still follow it (Creating, Busy): it drops it at the first answer
                // that leaves it out, as Returned, instead of counting it NotFound later.
                m_tracker->followReturn(instanceId, account);
                Q_EMIT message(tr("%1 was already returned.").arg(instanceId));
                return;
            }
            if (!result.ok()) {
                const QString reason = ApiErrorText::describe(result.error);
                m_model->setActionError(instanceId, tr("Return failed: %1").arg(reason));
                Q_EMIT message(tr("%1 was not returned. %2").arg(instanceId, reason));
                Q_EMIT backgroundError(tr("%1 was not returned. %2").arg(instanceId, reason));
                return;
            }
            m_model->setActionError(instanceId, QString());
            info.state = InstanceState::Returning;
            m_model->updateInstances({info});
            m_tracker->followReturn(instanceId, account);
            Q_EMIT message(tr("%1 is being returned.").arg(instanceId));
        });
    if (call && !*settled) {
        // The backend was deleted with the call (its profile was edited, or the account
        // switched): the return may or may not have been carried out. Asking tells.
        connect(call, &QObject::destroyed, this, [this, instanceId, account, settled] {
            if (*settled)
                return;
            *settled = true;
            m_tracker->follow({instanceId}, account);
            m_tracker->pollNow();
            Q_EMIT message(tr("The answer to returning %1 was lost because its account's "
                              "settings changed meanwhile; the app asks the service for its "
                              "state.")
                               .arg(instanceId));
        });
    }
}

QString LaunchController::accountKey(const QString &profileId, const QString &region)
{
    return profileId + QLatin1Char('\n') + region;
}

CloudApi *LaunchController::apiFor(const QString &profileId, const QString &region) const
{
    if (profileId.isEmpty())
        return nullptr; // never a guessed account
    if (m_api && profileId == m_profileId && region == m_region)
        return m_api.data();
    return m_accounts ? m_accounts->api(profileId, region) : nullptr;
}

QString LaunchController::accountProblem(const QString &profileId, const QString &region) const
{
    if (profileId.isEmpty())
        return tr("This launch does not record which account made it, so the app neither asks "
                  "about its instances nor returns them through a guessed account. Look them up "
                  "in the Tencent Cloud console.");
    if (m_accounts)
        return m_accounts->problem(profileId, region);
    if (profileId == m_profileId && region == m_region)
        return {};
    return tr("Its account is not the one selected. Select the profile that launched it to "
              "follow it.");
}

void LaunchController::refreshAccount(const QString &profileId, const QString &region)
{
    CloudApi *api = apiFor(profileId, region);
    // Synchronous for built-in profiles and missing ones: changed() re-enters with the answer.
    if (!api && m_accounts && !profileId.isEmpty())
        m_accounts->request(profileId, region);
    api = apiFor(profileId, region);
    const bool newBackend = api && m_tracker->accountApi(accountKey(profileId, region)) != api;
    m_tracker->setAccountApi(accountKey(profileId, region), api);
    // Open batches of that account's launches go out (again) through its new backend, same
    // clientTokens. Only then: an unconfirmed batch otherwise waits for the Launcher's backoff.
    if (newBackend)
        m_launcher->accountsChanged();
    QString name;
    if (m_accounts && !profileId.isEmpty()) {
        name = m_accounts->profileName(profileId);
        if (name.isEmpty())
            name = tr("Deleted profile");
    }
    m_model->setAccount(profileId, region, name,
                        api ? QString() : accountProblem(profileId, region));
}

void LaunchController::refreshKnownAccounts()
{
    QSet<QString> seen;
    for (const LaunchRecord &record : m_launcher->records()) {
        if (!seen.contains(accountKey(record.profileId, record.region))) {
            seen.insert(accountKey(record.profileId, record.region));
            refreshAccount(record.profileId, record.region);
        }
    }
    // The active account, before it has launched anything: its launches go through it at once.
    if (!m_profileId.isEmpty() && !seen.contains(accountKey(m_profileId, m_region)))
        refreshAccount(m_profileId, m_region);
}

void LaunchController::followInstances()
{
    // A launch this old was answered long enough ago that the service lists its instances
    // if it still has them (a new instance may be missing from DescribeInstances for seconds).
    constexpr qint64 ListedWithinMs = 2 * 60 * 1000;
    const QDateTime listedBy = QDateTime::currentDateTimeUtc().addMSecs(-ListedWithinMs);
    bool any = false;
    for (const LaunchRecord &record : m_launcher->records()) {
        QStringList ids;
        for (const QString &id : record.instanceIds()) {
            const int row = m_model->rowOfInstance(id);
            if (row < 0 || !StatusTracker::isFinal(m_model->row(row).info.state))
                ids << id;
        }
        if (record.createdAt < listedBy)
            m_tracker->followExisting(ids, accountKey(record.profileId, record.region));
        else
            m_tracker->follow(ids, accountKey(record.profileId, record.region));
        any |= !ids.isEmpty();
    }
    refreshKnownAccounts();
    // At once, not at the tracker's next tick: rows from the journal wait in "Waiting for status".
    if (any)
        m_tracker->pollNow();
}
