// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"
#include "credentials/secretstore.h"
#include "launch/launchrecord.h"
#include "spec/instancecount.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class Journal;

// Turns a LaunchSpec into RunInstances requests: batches of at most InstanceCount::PerRequest
// (100) instances, each with its own clientToken, all shown as one launch. Every state change is in
// the journal before the request it announces leaves, so a crash at any point is recovered by
// resending the open batches with their same tokens (the service then answers with the ids it
// already made).
//
// Retries of transient failures happen inside the CloudApi call, with the same token; this class
// never resends a batch with a new token. It resends an open batch after a restart, when a
// CloudApi for its profile arrives, and, for a batch left Unconfirmed (its outcome unknown, or
// "not now" past every retry), on its own later: after askAgainFirstMs (30 s), doubling up to
// askAgainMaxMs (10 min) while batches stay unconfirmed. An unknown outcome is never reported as
// a failure: the service may have made the instances, and only asking again tells.
//
// A password launch keeps the password in the SecretStore under every batch's clientToken before
// the first batch leaves, so a restart can resend any open batch, and removes each entry once its
// batch is settled. Settled launches whose entries were not all confirmed gone (the app quit
// before the removal ran) are swept when the store and the journal are known.
class Launcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxBatchSize = InstanceCount::PerRequest;

    // 250 -> {100, 100, 50}; nothing for a count below 1 (InstanceCount::batchSizes).
    static QList<int> batchSizes(int count) { return InstanceCount::batchSizes(count); }
    // Where a launch's password waits in the SecretStore until its batch is answered.
    static QString passwordKey(const QString &clientToken);

    explicit Launcher(Journal *journal, QObject *parent = nullptr);

    // When unconfirmed batches are asked again (ms): first after `firstMs`, then doubling up to
    // `maxMs`. Tests shorten them; the product uses 30 s and 10 min.
    void setAskAgainIntervals(int firstMs, int maxMs);
    int askAgainInterval() const { return m_askAgainInterval; }

    // Also sweeps the password entries of settled launches (see above).
    void setSecretStore(SecretStore *store);
    // The account that launches from now on, and its region (recorded with each launch). Open
    // batches of that profile's launches in that region are resent; a launch recorded in another
    // region (the profile was edited since) waits for a backend of its own region.
    void setCloudApi(CloudApi *api, const QString &profileId, const QString &region = {});

    // Starts a launch and returns its id; returns an empty string when nothing could be started
    // (launchRefused() says why). The spec's clientToken is ignored: each batch gets its own.
    // The launch is recorded in, and sent to, spec.region when it names one (and this Launcher
    // was told its account's region): through the active backend when that is its region, else
    // through the resolver's backend of the same profile in that region, once there is one.
    // `pricePerInstanceHour` (CNY per hour for one instance, from the quote the operator saw) is
    // recorded with the launch; absent when there was no quote.
    QString launch(const LaunchSpec &spec,
                   std::optional<double> pricePerInstanceHour = std::nullopt);
    // Archives (or brings back) a launch: the flag is written to its journal file, nothing else
    // changes. Returns false (notice() says why) when the launch is unknown or the write failed.
    bool setArchived(const QString &launchId, bool archived);

    // Where the backends of other accounts' launches come from: an open batch of a launch whose
    // profile (or region) is not the active one is resent through its own account's backend,
    // never through the active one. Without a resolver (or when it yields nullptr) such batches
    // wait until their account is active again.
    using ApiResolver = std::function<CloudApi *(const QString &profileId, const QString &region)>;
    void setApiResolver(ApiResolver resolver) { m_resolver = std::move(resolver); }
    // A backend came or went (AccountApis): resends the open batches that now have one.
    void accountsChanged() { resumeOpenBatches(); }

    // Takes over launches read from the journal at start-up. Their open batches are sent again,
    // with their own clientTokens, once a CloudApi for their profile is set.
    void adopt(const QList<LaunchRecord> &records);

    QList<LaunchRecord> records() const;
    std::optional<LaunchRecord> record(const QString &launchId) const;
    int batchesInFlight() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void launchStarted(const LaunchRecord &record);
    // A batch changed state (planned -> sent -> answered or failed); read it with record().
    void batchChanged(const QString &launchId, int batch);
    void batchRetrying(const QString &launchId, int batch, int attempt, int delayMs,
                       const QString &message);
    void instancesCreated(const QString &launchId, int batch, const QStringList &instanceIds);
    void batchFailed(const QString &launchId, int batch, const QString &message);
    // The batch's outcome is not known (timeout, dropped connection, gateway error, truncated or
    // oversized answer, InternalError / 6000 / 6200): the service may have created the
    // instances; or the service said "not now" (rate limit) past every retry. The batch is
    // Unconfirmed in the journal and is asked again later with its clientToken.
    void batchUnconfirmed(const QString &launchId, int batch, const QString &message);
    // No batch of the launch is open any more (each answered or failed).
    void launchFinished(const QString &launchId);
    // The launch was archived or brought back (setArchived()).
    void archivedChanged(const QString &launchId, bool archived);
    // Nothing was sent; the message says why and what to do.
    void launchRefused(const QString &message);
    // Something the operator should know that is not a batch's failure (translated).
    void notice(const QString &message);

private:
    void resumeOpenBatches();
    // A new password launch: every batch's entry is written, then every batch is sent.
    void keepPasswordThenSend(const QString &launchId, const QString &password);
    // An open batch after a restart: its password, if any, comes back from the SecretStore.
    void resumeBatch(const QString &launchId, int index);
    // Calls the SecretStore once for each batch's password entry, then `done` with the first
    // error (empty when every call succeeded; NotFound counts as success if notFoundIsFine).
    using EntryCall = std::function<void(SecretStore *, const QString &key, QObject *context,
                                         SecretStore::Callback)>;
    void onEveryPasswordEntry(const QString &launchId, const EntryCall &call, bool notFoundIsFine,
                              std::function<void(const QString &)> done);
    static QList<int> allBatches(const LaunchRecord &record);
    // Marks the batches sent in one journal write, then sends each.
    void transmit(const QString &launchId, const QList<int> &batches,
                  const std::optional<QString> &password);
    void answered(const QString &launchId, int index, const ApiResult<QStringList> &result);
    void failBatch(const QString &launchId, int index, const QString &message);
    void leaveUnconfirmed(const QString &launchId, int index, const ApiError &error);
    // Whether a failed RunInstances may still have been carried out by the service: no answer
    // or an unreadable one, or a service code whose verdict leaves the outcome unknown.
    static bool mayHaveBeenCarriedOut(const ApiError &error);
    // Resends the unconfirmed batches of the current account, with their own clientTokens.
    void askAgain();
    bool hasUnconfirmedBatches() const;
    // After a batch is settled: its entry goes, or every entry of the launch once none is open.
    void forgetPasswords(const QString &launchId, int settledBatch);
    void forgetPassword(const QString &launchId, int index);
    void sweepPasswords(const QString &launchId);
    void sweepSettledLaunches();
    void saveRecord(const LaunchRecord &record);
    BatchRecord *batch(const QString &launchId, int index);
    // Whether the current backend is the launch's own account (profile and region).
    bool isCurrentAccount(const LaunchRecord &record) const;
    // The launch's own account's backend: the active one, or the resolver's; else nullptr.
    CloudApi *apiOf(const LaunchRecord &record) const;

    Journal *m_journal;
    QPointer<SecretStore> m_store;
    QPointer<CloudApi> m_api;
    ApiResolver m_resolver;
    QString m_profileId;
    QString m_region;
    QHash<QString, LaunchRecord> m_records;
    QStringList m_order;
    QSet<QString> m_inFlight; // clientTokens being stored, sent or awaited in this session
    QSet<QString> m_sweeping; // launches whose password entries are being removed
    QTimer m_askAgainTimer;
    int m_askAgainFirstMs = 30000;
    int m_askAgainMaxMs = 600000;
    int m_askAgainInterval = 30000;
};
