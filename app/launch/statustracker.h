// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <utility>

// Follows instances until they settle, by polling DescribeInstances for every followed instance
// that is not in a final state: at most 100 ids a request, so N instances cost ceil(N/100)
// requests a round. Rounds start every firstInterval (2 s) and back off, doubling up to
// maxInterval (30 s), while nothing changes; any change, follow() or pollNow() brings the pace
// back to the start. A failed round backs off the same way and is reported through pollFailed().
//
// Each instance belongs to one account (an opaque key, "" unless the caller says otherwise) and
// is only ever asked about through that account's backend: a round sends one set of requests
// per account that has a backend, and an instance whose account has none waits, followed but
// not asked, until setAccountApi() gives it one.
class StatusTracker : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxIdsPerRequest = 100;
    // Requests a round sends per turn of the event loop. Building and signing a request of 100
    // ids takes about 0.1 ms, and a fleet of 10,000 needs 100 of them: sent in one go they would
    // hold the GUI thread for over a frame, and the pacer lets only a few leave at once anyway.
    static constexpr int RequestsPerTurn = 10;
    // Answers in a row that leave out an instance before it counts as NotFound ("not found by
    // the service", with the reason and when it was last listed). A new instance is listed within
    // seconds; one returned or deleted behind this app's back never is again, and without this it
    // would wait for a status for ever. An instance this app asked to return becomes Returned
    // at the first answer that leaves it out.
    static constexpr int MissingAnswersLimit = 5;

    // Whether polling an instance in this state can stop. CreateFailed, Returned and NotFound
    // are the end of an instance's life (a NotFound one is asked about again at the next start).
    // Running and Stopped are settled: nothing changes there unless the operator acts, and when
    // this app acts (returnInstance) it follows the instance again. Creating, Returning, Fault,
    // Busy and Unknown are on their way somewhere: above all a Returning instance is followed to
    // Returned (or to vanishing from the list, which the service does once it is returned), since
    // until then it may still be billed.
    static bool isFinal(InstanceState state);
    // Why an instance is NotFound, for the table (translated); `lastSeen` invalid: never listed.
    static QString notFoundReason(const QDateTime &lastSeen);
    // Why an instance from an earlier session (followExisting) is NotFound (translated).
    static QString goneSinceEarlierSessionReason();

    explicit StatusTracker(QObject *parent = nullptr);

    // The backend of the default account ("").
    void setCloudApi(CloudApi *api) { setAccountApi({}, api); }
    // The backend that asks about `account`'s instances (nullptr: none, they wait). Polls at once
    // when that account has instances to follow.
    void setAccountApi(const QString &account, CloudApi *api);
    CloudApi *accountApi(const QString &account) const { return m_apis.value(account); }
    // Tests shorten these; the product uses 2 s and 30 s.
    void setIntervals(int firstMs, int maxMs);
    int currentInterval() const { return m_interval; }
    bool isPolling() const { return m_pending > 0; }

    // Starts (again) following the instances of `account` until they reach a final state.
    void follow(const QStringList &instanceIds, const QString &account = {});
    // Follows instances the service made and listed before this session (the journal's, some
    // minutes old): a service that still has them lists them in its first answer, so the first
    // answer that leaves one out makes it NotFound at once, not after MissingAnswersLimit answers
    // (a minute of "Waiting for status" after every restart).
    void followExisting(const QStringList &instanceIds, const QString &account = {});
    // Follows an instance the operator has just asked to return (through `account`): it shows as
    // Returning and is followed until the service reports it returned or no longer lists it.
    void followReturn(const QString &instanceId, const QString &account = {});
    // The account an instance is followed for; empty when not followed (or the default).
    QString accountOf(const QString &instanceId) const { return m_accountOf.value(instanceId); }
    // Stops following everything (e.g. the account changed).
    void clear();
    // The followed instances' ids, sorted (so rounds ask in the same order each time).
    QStringList followedIds() const;
    // The account whose request failed in the last round that failed (its first failure).
    QString failingAccount() const { return m_roundErrorAccount; }

public Q_SLOTS:
    // A round now (after a launch), and the pace back to the start.
    void pollNow();

Q_SIGNALS:
    // What the service said about instances in one answer (only instances whose state or details
    // differ from the previous answer).
    void instancesUpdated(const QList<InstanceInfo> &instances);
    void roundFinished(int requests, bool changed);
    void pollFailed(const QString &message);
    void pollRecovered();

private:
    void startRound();
    // Sends up to RequestsPerTurn of the round's queued requests; the rest on the next turn.
    void sendQueued();
    void send(const QString &account, const QStringList &asked);
    void followedChanged() { m_sortedIds.clear(); }
    // What a request that was never sent, or whose backend went away, counts as.
    static ApiResult<InstancePage> cancelledAnswer();
    void answered(const QStringList &asked, const ApiResult<InstancePage> &result);
    void finishRound();
    void scheduleNext();
    void forget(const QString &instanceId);
    // Whether some followed instance has a backend to be asked through.
    bool hasAskable() const;

    QHash<QString, QPointer<CloudApi>> m_apis; // by account
    QHash<QString, QString> m_accountOf;       // instance id -> account
    QTimer m_timer;
    int m_firstInterval = 2000;
    int m_maxInterval = 30000;
    int m_interval = 2000;
    QHash<QString, InstanceInfo> m_followed; // the last known info of instances still followed
    QSet<QString> m_returning;               // asked to return, not yet seen returned
    QHash<QString, int> m_missing;           // answers in a row that left the instance out
    QSet<QString> m_existing;                // followExisting() and not listed since
    QHash<QString, QDateTime> m_lastSeen;    // when an answer last listed the instance (UTC)
    mutable QStringList m_sortedIds;         // followedIds(), kept until the followed set changes
    // The round's requests not sent yet: the account and the ids each one asks about.
    QList<std::pair<QString, QStringList>> m_queue;
    QTimer m_sendTimer; // the next turn of sendQueued()
    int m_pending = 0;  // requests of the round not answered yet, queued ones included
    int m_roundRequests = 0;
    bool m_roundChanged = false;
    bool m_roundAnswered = false; // some request of the round was answered
    QString m_roundError;
    QString m_roundErrorAccount;
    bool m_failing = false;
    bool m_pollAgain = false;
};
