// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apiconfig.h"
#include "launch/launchrecord.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class AccountApis;
class CloudApi;
class InstanceModel;
class Journal;
class LaunchTreeModel;
class Launcher;
class SecretStore;
class StatusTracker;

// Wires the Journal, the Launcher, the StatusTracker and the InstanceModel together, so that a
// window (or a test) has one object to give the accounts to and to launch through.
//
//   controller.setSecretStore(store);               // the keychain
//   controller.setAccounts(accounts);               // every profile's backend, on demand
//   controller.start();                             // read the journal, rebuild the table
//   controller.setCloudApi(api, profileId, region); // the active account: launches go there
//   controller.launch(wizard.spec());               // from the wizard
//
// Every instance belongs to the account (profile and region) that launched it, and is polled and
// returned through that account's backend only, whatever profile is active: the active
// profile's backend when it is that account, else one from AccountApis. An instance whose
// account cannot be used (the profile was deleted, its keys are not in the keychain) stays as
// it was, open, with the reason beside its status; it is never asked about through another
// account. Launches recorded without a profile (none should exist, but a journal is a file
// anyone can edit) show as "Account unknown" and are never acted on.
class LaunchController : public QObject
{
    Q_OBJECT

public:
    explicit LaunchController(const QString &journalDirectory, QObject *parent = nullptr);

    Journal *journal() const { return m_journal; }
    Launcher *launcher() const { return m_launcher; }
    StatusTracker *tracker() const { return m_tracker; }
    InstanceModel *model() const { return m_model; }
    // The same instances grouped by launch (a tree over model()).
    LaunchTreeModel *launches() const { return m_launches; }

    void setSecretStore(SecretStore *store);
    // Where the backends of accounts other than the active one come from (not owned; nullptr:
    // none, and only the active account's instances are followed).
    void setAccounts(AccountApis *accounts);
    // The active account from now on (api nullptr: none, or its keys are loading). New launches
    // go through it, recorded with `profileId` and `region`. Open batches of every launch are
    // resent (same clientTokens) and instances followed through their own account's backend.
    void setCloudApi(CloudApi *api, const QString &profileId, const QString &region = {});
    QString activeProfileId() const { return m_profileId; }

    // Reads the journal (damaged entries are moved aside and reported through journalDamaged)
    // and rebuilds the table. Call once, at start-up.
    void start();

    std::optional<LaunchRecord> launchRecord(const QString &launchId) const;
    // The protocol the launch's account speaks (its backend's), for showing what was sent;
    // API 3.0 when no backend is known (what real accounts use).
    ApiConfig::Version apiVersionOf(const LaunchRecord &record) const;
    // The backend of the account (profile, region) that launched `instanceId`, never another
    // one; nullptr when there is none now, with *problem (if given) saying why (translated):
    // the account is unknown, deleted, its keys are missing or still loading.
    CloudApi *apiForInstance(const QString &instanceId, QString *problem = nullptr) const;

public Q_SLOTS:
    // Starts a launch of the spec (from the wizard). Returns the launch id, empty if refused.
    // `pricePerInstanceHour`: CNY per hour for one instance, from the quote the operator saw
    // (recorded with the launch for the running cost); absent when there was none.
    QString launch(const LaunchSpec &spec,
                   std::optional<double> pricePerInstanceHour = std::nullopt);
    // Archives a launch (hidden unless archived launches are shown) or brings it back; the flag
    // is kept in the journal, the record is never deleted. False when it could not be saved.
    bool setLaunchArchived(const QString &launchId, bool archived);
    // Returns (ReturnInstance) an instance; the caller has asked the operator first.
    void returnInstance(const QString &instanceId);
    // returnInstance() for each id: every one through its own account.
    void returnInstances(const QStringList &instanceIds);

Q_SIGNALS:
    // Progress and problems for the status bar (translated).
    void message(const QString &text);
    // The instance status could not be refreshed; empty when it works again.
    void trackerError(const QString &text);
    // Something done in the background failed (a return, a journal write): shown where the
    // operator looks (the window's message bar), besides the row it concerns.
    void backgroundError(const QString &text);
    // A damaged journal entry was moved aside: show it to the operator, not only in passing.
    void journalDamaged(const QString &text);
    void launchRefused(const QString &text);
    void activeProfileChanged(const QString &profileId);

private:
    // Follows every open instance of every launch, each with its own account.
    void followInstances();
    // The tracker's name for an account; one per (profile, region).
    static QString accountKey(const QString &profileId, const QString &region);
    // The backend of the account, or nullptr (accountProblem() says why).
    CloudApi *apiFor(const QString &profileId, const QString &region) const;
    QString accountProblem(const QString &profileId, const QString &region) const;
    // Gives the tracker and the model what is known now about the account; asks AccountApis
    // to build its backend when there is none yet.
    void refreshAccount(const QString &profileId, const QString &region);
    void refreshKnownAccounts();
    void sendReturn(CloudApi *api, const QString &instanceId, const QString &account);

    Journal *m_journal;
    Launcher *m_launcher;
    StatusTracker *m_tracker;
    InstanceModel *m_model;
    LaunchTreeModel *m_launches;
    QPointer<CloudApi> m_api;
    QPointer<AccountApis> m_accounts;
    QString m_profileId;
    QString m_region;
    QSet<QString> m_pollFailing; // accounts whose rows show a poll error
};
