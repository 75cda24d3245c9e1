// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/launcher.h"

#include "api/apierrorfactory.h"
#include "api/apierrortext.h"
#include "launch/journal.h"

#include <QUuid>

#include <memory>

QList<int> Launcher::allBatches(const LaunchRecord &record)
{
    QList<int> indexes;
    for (int i = 0; i < record.batches.size(); ++i)
        indexes << i;
    return indexes;
}

QString Launcher::passwordKey(const QString &clientToken)
{
    return QStringLiteral("launch/") + clientToken + QStringLiteral("/password");
}

Launcher::Launcher(Journal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
    m_askAgainTimer.setSingleShot(true);
    connect(&m_askAgainTimer, &QTimer::timeout, this, &Launcher::askAgain);
}

void Launcher::setAskAgainIntervals(int firstMs, int maxMs)
{
    m_askAgainFirstMs = qMax(1, firstMs);
    m_askAgainMaxMs = qMax(m_askAgainFirstMs, maxMs);
    m_askAgainInterval = m_askAgainFirstMs;
}

void Launcher::setSecretStore(SecretStore *store)
{
    m_store = store;
    sweepSettledLaunches();
}

void Launcher::setCloudApi(CloudApi *api, const QString &profileId, const QString &region)
{
    m_api = api;
    m_profileId = profileId;
    m_region = region;
    resumeOpenBatches();
}

QString Launcher::launch(const LaunchSpec &spec, std::optional<double> pricePerInstanceHour)
{
    if (!m_api) {
        Q_EMIT launchRefused(tr("No account is selected, so nothing was launched. Choose or add "
                                "an account first."));
        return {};
    }
    const QList<int> sizes = batchSizes(spec.goodsNum);
    if (sizes.isEmpty()) {
        Q_EMIT launchRefused(tr("The number of instances must be at least 1."));
        return {};
    }
    if (spec.goodsNum > InstanceCount::MaxPerLaunch) {
        Q_EMIT launchRefused(
            tr("At most %1 instances can be launched at once.").arg(InstanceCount::MaxPerLaunch));
        return {};
    }
    if (spec.hasPassword() && !m_store) {
        Q_EMIT launchRefused(tr("No keychain is available to keep the password until the launch "
                                "is confirmed, so nothing was launched. Log in with an SSH key "
                                "instead, or set up a keychain."));
        return {};
    }

    LaunchRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.profileId = m_profileId;
    // The launch goes to the region the operator chose with its zone (the wizard's Location
    // step), through the profile's backend for that region when it is not the active one's.
    // A Launcher not told its account's region keeps sending through the active backend.
    record.region = m_region.isEmpty() || spec.region.isEmpty() ? m_region : spec.region;
    record.spec = spec.withoutSecrets();
    record.spec.clientToken.clear(); // each batch has its own
    record.needsPassword = spec.hasPassword();
    record.pricePerInstanceHour = pricePerInstanceHour;
    for (int size : sizes) {
        BatchRecord batch;
        batch.count = size;
        batch.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.batches << batch;
    }
    QString error;
    if (!m_journal->save(record, &error)) {
        Q_EMIT launchRefused(tr("Nothing was launched. %1").arg(error));
        return {};
    }
    m_records.insert(record.id, record);
    m_order << record.id;
    // In flight before anyone hears of the launch: a receiver of launchStarted may bring the
    // backend of its region (accountsChanged()), which must not send these batches a second
    // time while this call sends them below.
    for (const BatchRecord &b : std::as_const(record.batches))
        m_inFlight.insert(b.clientToken);
    Q_EMIT launchStarted(record);
    if (record.needsPassword)
        keepPasswordThenSend(record.id, *spec.password);
    else
        transmit(record.id, allBatches(record), std::nullopt);
    return record.id;
}

bool Launcher::setArchived(const QString &launchId, bool archived)
{
    const auto it = m_records.find(launchId);
    if (it == m_records.end())
        return false;
    if (it->archived == archived)
        return true;
    LaunchRecord changed = *it;
    changed.archived = archived;
    QString error;
    if (!m_journal->save(changed, &error)) {
        Q_EMIT notice(error);
        return false;
    }
    it->archived = archived;
    Q_EMIT archivedChanged(launchId, archived);
    return true;
}

void Launcher::adopt(const QList<LaunchRecord> &records)
{
    for (const LaunchRecord &record : records) {
        if (m_records.contains(record.id))
            continue;
        m_records.insert(record.id, record);
        m_order << record.id;
    }
    sweepSettledLaunches();
    resumeOpenBatches();
}

QList<LaunchRecord> Launcher::records() const
{
    QList<LaunchRecord> list;
    for (const QString &id : m_order)
        list << m_records.value(id);
    return list;
}

std::optional<LaunchRecord> Launcher::record(const QString &launchId) const
{
    const auto it = m_records.constFind(launchId);
    if (it == m_records.constEnd())
        return std::nullopt;
    return *it;
}

void Launcher::resumeOpenBatches()
{
    for (const QString &id : std::as_const(m_order)) {
        const LaunchRecord &record = m_records[id];
        if (!record.isOpen() || !apiOf(record))
            continue;
        for (int i = 0; i < record.batches.size(); ++i) {
            const BatchRecord &b = record.batches.at(i);
            if (b.isOpen() && !m_inFlight.contains(b.clientToken))
                resumeBatch(id, i);
        }
    }
}

void Launcher::keepPasswordThenSend(const QString &launchId, const QString &password)
{
    // Every entry is written before anything leaves: a crash while batch 2 is on its way must not
    // leave batch 3 without the password it will be resent with.
    const auto write = [password](SecretStore *store, const QString &key, QObject *context,
                                  SecretStore::Callback done) {
        store->write(key, password, context, std::move(done));
    };
    onEveryPasswordEntry(launchId, write, false, [this, launchId, password](const QString &error) {
        const QList<int> batches = allBatches(m_records[launchId]);
        if (error.isEmpty()) {
            transmit(launchId, batches, password);
            return;
        }
        for (int i : batches) {
            failBatch(launchId, i,
                      tr("The password could not be kept in the keychain (%1), so nothing was "
                         "sent: after a crash it could not be resent safely. Unlock the keychain "
                         "and launch again, or log in with an SSH key.")
                          .arg(error));
        }
    });
}

void Launcher::onEveryPasswordEntry(const QString &launchId, const EntryCall &call,
                                    bool notFoundIsFine, std::function<void(const QString &)> done)
{
    SecretStore *store = m_store.data();
    const QList<BatchRecord> batches = m_records[launchId].batches;
    if (!store) { // callers check first; without a store there is nothing to wait for
        done(tr("no keychain is available"));
        return;
    }
    struct Progress
    {
        qsizetype left = 0;
        QString firstError;
    };
    const auto progress = std::make_shared<Progress>();
    progress->left = batches.size();
    for (const BatchRecord &b : batches) {
        call(store, passwordKey(b.clientToken), this,
             [progress, notFoundIsFine, done](const SecretStore::Result &result) {
                 const bool fine =
                     result.status == SecretStore::Status::Ok ||
                     (notFoundIsFine && result.status == SecretStore::Status::NotFound);
                 if (!fine && progress->firstError.isEmpty())
                     progress->firstError =
                         result.error.isEmpty() ? tr("unknown error") : result.error;
                 if (--progress->left == 0)
                     done(progress->firstError);
             });
    }
}

void Launcher::resumeBatch(const QString &launchId, int index)
{
    const LaunchRecord &record = m_records[launchId];
    const QString token = record.batches.at(index).clientToken;
    m_inFlight.insert(token);
    if (!record.needsPassword) {
        transmit(launchId, {index}, std::nullopt);
        return;
    }
    SecretStore *store = m_store.data();
    if (!store) {
        m_inFlight.remove(token);
        Q_EMIT notice(tr("A launch waits to be resent but no keychain is available to give back "
                         "its password. It will be tried again at the next start."));
        return;
    }
    store->read(passwordKey(token), this,
                [this, launchId, index, token](const SecretStore::Result &result) {
                    if (result.status == SecretStore::Status::Ok && result.secret) {
                        transmit(launchId, {index}, result.secret);
                    } else if (result.status == SecretStore::Status::NotFound) {
                        const BatchRecord *b = batch(launchId, index);
                        const bool neverSent = b && b->state == BatchRecord::State::Planned;
                        // Planned without an entry: the app stopped while the password was
                        // being stored, before anything was sent.
                        failBatch(launchId, index,
                                  neverSent
                                      ? tr("This batch was never sent: the app stopped before "
                                           "its password was in the keychain. Nothing was "
                                           "created for it; launch these instances again.")
                                      : tr("This batch could not be resent because its password "
                                           "is no longer in the keychain. Launch these "
                                           "instances again."));
                    } else {
                        // The keychain may be locked now and open at the next start: keep it.
                        m_inFlight.remove(token);
                        Q_EMIT notice(tr("An unfinished launch could not be resent because "
                                         "the keychain did not give back its password (%1). It "
                                         "will be tried again at the next start.")
                                          .arg(result.error));
                    }
                });
}

void Launcher::transmit(const QString &launchId, const QList<int> &batches,
                        const std::optional<QString> &password)
{
    LaunchRecord &record = m_records[launchId];
    if (!apiOf(record)) {
        // The account was switched (or its backend is being rebuilt) while the keychain
        // answered: the batches wait, open, for their own account's backend (setCloudApi() or
        // accountsChanged() resends them then), rather than go out through another.
        for (int i : batches)
            m_inFlight.remove(record.batches.at(i).clientToken);
        return;
    }
    // One journal write announces every batch that leaves together.
    for (int i : batches)
        record.batches[i].state = BatchRecord::State::Sent;
    QString error;
    if (!m_journal->save(record, &error)) {
        for (int i : batches)
            failBatch(launchId, i, tr("This batch was not sent. %1").arg(error));
        return;
    }
    for (int i : batches)
        Q_EMIT batchChanged(launchId, i);
    CloudApi *api = apiOf(m_records[launchId]);
    for (int index : batches) {
        const BatchRecord &b = m_records[launchId].batches.at(index);
        if (!api) {
            // Still "sent" in the journal: it goes out again when an account is set.
            m_inFlight.remove(b.clientToken);
            continue;
        }
        LaunchSpec spec = m_records[launchId].spec;
        spec.goodsNum = b.count;
        spec.clientToken = b.clientToken;
        spec.password = password;
        const auto settled = std::make_shared<bool>(false);
        ApiCall *call = api->runInstances(
            spec, this, [this, launchId, index, settled](const ApiResult<QStringList> &r) {
                *settled = true;
                answered(launchId, index, r);
            });
        if (!*settled) {
            // A backend deleted with the call in flight (account switched, profile edited) takes
            // the call with it, unanswered: no verdict, like a cancel. The batch stays open and
            // goes out again, same clientToken, through its account's next backend.
            connect(call, &QObject::destroyed, this, [this, launchId, index, settled] {
                if (*settled)
                    return;
                *settled = true;
                ApiResult<QStringList> cancelled;
                cancelled.error = ApiErrorFactory::cancelled(QStringLiteral("RunInstances"));
                answered(launchId, index, cancelled);
                QTimer::singleShot(0, this, &Launcher::resumeOpenBatches);
            });
        }
        connect(call, &ApiCall::retrying, this,
                [this, launchId, index](int attempt, int delayMs, const ApiError &apiError) {
                    Q_EMIT batchRetrying(launchId, index, attempt, delayMs,
                                         ApiErrorText::describe(apiError));
                });
    }
}

void Launcher::answered(const QString &launchId, int index, const ApiResult<QStringList> &result)
{
    BatchRecord *b = batch(launchId, index);
    if (!b)
        return;
    m_inFlight.remove(b->clientToken);
    if (!result.ok()) {
        // A cancelled call (quit, account switched) has no verdict: the batch stays open in the
        // journal and is resent with the same token later.
        if (result.error.kind == ApiError::Kind::Cancelled)
            return;
        // Not known, or "not now": asked again later, never reported as failed.
        if (mayHaveBeenCarriedOut(result.error) ||
            result.error.verdict == ApiError::Verdict::RetryAfterPause) {
            leaveUnconfirmed(launchId, index, result.error);
            return;
        }
        failBatch(launchId, index, ApiErrorText::describe(result.error));
        return;
    }
    b->state = BatchRecord::State::Answered;
    b->instanceIds = result.value->mid(0, MaxBatchSize);
    b->error.clear();
    const QStringList ids = b->instanceIds;
    saveRecord(m_records[launchId]);
    forgetPasswords(launchId, index);
    Q_EMIT batchChanged(launchId, index);
    Q_EMIT instancesCreated(launchId, index, ids);
    if (!hasUnconfirmedBatches())
        m_askAgainInterval = m_askAgainFirstMs;
    if (!m_records[launchId].isOpen())
        Q_EMIT launchFinished(launchId);
}

bool Launcher::mayHaveBeenCarriedOut(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Transport: // a dropped connection may follow the work, not precede it
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Http:      // a gateway's error page says nothing about the service
    case ApiError::Kind::Malformed: // a truncated, oversized or foreign answer: read nothing
        return true;
    case ApiError::Kind::Service:
        // InternalError, 6000, 6200, 4500: the service failed inside, perhaps after the work.
        return error.verdict == ApiError::Verdict::Retryable;
    case ApiError::Kind::Refused: // never sent
    case ApiError::Kind::Cancelled:
        return false;
    }
    return false;
}

void Launcher::leaveUnconfirmed(const QString &launchId, int index, const ApiError &error)
{
    BatchRecord *b = batch(launchId, index);
    if (!b)
        return;
    // Open: asked again (askAgain(), the next start, or the next time this account is chosen)
    // with the same clientToken; the service then answers with the ids it made, if it made any.
    m_inFlight.remove(b->clientToken);
    b->state = BatchRecord::State::Unconfirmed;
    const QString why = ApiErrorText::describe(error);
    b->error = error.verdict == ApiError::Verdict::RetryAfterPause
                   ? tr("%1 The service asked the app to wait; the app sends this batch again "
                        "later with the same request, so nothing is created twice.")
                         .arg(why)
                   : tr("%1 Whether these instances were created is not known yet; the app asks "
                        "the service again later with the same request, so nothing is created "
                        "twice.")
                         .arg(why);
    saveRecord(m_records[launchId]);
    Q_EMIT batchChanged(launchId, index);
    Q_EMIT batchUnconfirmed(launchId, index, b->error);
    if (!m_askAgainTimer.isActive())
        m_askAgainTimer.start(m_askAgainInterval);
}

bool Launcher::hasUnconfirmedBatches() const
{
    for (const LaunchRecord &record : m_records) {
        for (const BatchRecord &b : record.batches) {
            if (b.state == BatchRecord::State::Unconfirmed)
                return true;
        }
    }
    return false;
}

void Launcher::askAgain()
{
    // Each round waits longer while the service keeps not knowing (or keeps saying "not now").
    m_askAgainInterval = qMin(m_askAgainMaxMs, m_askAgainInterval * 2);
    for (const QString &id : std::as_const(m_order)) {
        const LaunchRecord &record = m_records[id];
        if (!apiOf(record))
            continue; // setCloudApi() or accountsChanged() resends them
        for (int i = 0; i < record.batches.size(); ++i) {
            const BatchRecord &b = record.batches.at(i);
            if (b.state == BatchRecord::State::Unconfirmed && !m_inFlight.contains(b.clientToken))
                resumeBatch(id, i);
        }
    }
}

void Launcher::failBatch(const QString &launchId, int index, const QString &message)
{
    BatchRecord *b = batch(launchId, index);
    if (!b)
        return;
    m_inFlight.remove(b->clientToken);
    b->state = BatchRecord::State::Failed;
    b->error = message;
    saveRecord(m_records[launchId]);
    forgetPasswords(launchId, index);
    Q_EMIT batchChanged(launchId, index);
    Q_EMIT batchFailed(launchId, index, message);
    if (!m_records[launchId].isOpen())
        Q_EMIT launchFinished(launchId);
}

void Launcher::forgetPasswords(const QString &launchId, int settledBatch)
{
    const LaunchRecord &record = m_records[launchId];
    if (!record.needsPassword)
        return;
    if (record.isOpen())
        forgetPassword(launchId, settledBatch);
    else
        sweepPasswords(launchId);
}

void Launcher::forgetPassword(const QString &launchId, int index)
{
    SecretStore *store = m_store.data();
    const BatchRecord *b = batch(launchId, index);
    if (!store || !b)
        return;
    store->remove(passwordKey(b->clientToken), this, [this](const SecretStore::Result &result) {
        if (result.status != SecretStore::Status::Ok &&
            result.status != SecretStore::Status::NotFound)
            Q_EMIT notice(tr("A launch password could not be removed from the keychain (%1). It "
                             "will be tried again at the next start.")
                              .arg(result.error));
    });
}

void Launcher::sweepPasswords(const QString &launchId)
{
    if (!m_store || m_sweeping.contains(launchId))
        return;
    m_sweeping.insert(launchId);
    const auto remove = [](SecretStore *store, const QString &key, QObject *context,
                           SecretStore::Callback done) {
        store->remove(key, context, std::move(done));
    };
    onEveryPasswordEntry(launchId, remove, true, [this, launchId](const QString &error) {
        m_sweeping.remove(launchId);
        if (!error.isEmpty()) {
            Q_EMIT notice(tr("A launch password could not be removed from the keychain (%1). It "
                             "will be tried again at the next start.")
                              .arg(error));
            return;
        }
        LaunchRecord &record = m_records[launchId];
        record.passwordsRemoved = true;
        saveRecord(record);
    });
}

void Launcher::sweepSettledLaunches()
{
    if (!m_store)
        return;
    for (const QString &id : std::as_const(m_order)) {
        const LaunchRecord &record = m_records[id];
        if (record.needsPassword && !record.passwordsRemoved && !record.isOpen())
            sweepPasswords(id);
    }
}

void Launcher::saveRecord(const LaunchRecord &record)
{
    QString error;
    if (!m_journal->save(record, &error))
        Q_EMIT notice(error);
}

bool Launcher::isCurrentAccount(const LaunchRecord &record) const
{
    // A record without a region comes from an older journal: it was sent with the profile's
    // region of the time, which is the profile's region now unless it was edited since.
    return !record.profileId.isEmpty() && record.profileId == m_profileId &&
           (record.region.isEmpty() || record.region == m_region);
}

CloudApi *Launcher::apiOf(const LaunchRecord &record) const
{
    if (isCurrentAccount(record) && m_api)
        return m_api.data();
    if (m_resolver && !record.profileId.isEmpty())
        return m_resolver(record.profileId, record.region);
    return nullptr;
}

BatchRecord *Launcher::batch(const QString &launchId, int index)
{
    const auto it = m_records.find(launchId);
    if (it == m_records.end() || index < 0 || index >= it->batches.size())
        return nullptr;
    return &it->batches[index];
}
