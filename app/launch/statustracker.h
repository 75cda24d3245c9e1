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

// Follows instances until they settle, by polling DescribeInstances for every followed instance
// that is not in a final state: at most 100 ids a request, so N instances cost ceil(N/100)
// requests a round. Rounds start every firstInterval (2 s) and back off, doubling up to
// maxInterval (30 s), while nothing changes; any change, follow() or pollNow() brings the pace
// back to the start. A failed round backs off the same way and is reported through pollFailed().
class StatusTracker : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxIdsPerRequest = 100;
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

    explicit StatusTracker(QObject *parent = nullptr);

    void setCloudApi(CloudApi *api);
    // Tests shorten these; the product uses 2 s and 30 s.
    void setIntervals(int firstMs, int maxMs);
    int currentInterval() const { return m_interval; }
    bool isPolling() const { return m_pending > 0; }

    // Starts (again) following the instances until they reach a final state.
    void follow(const QStringList &instanceIds);
    // Follows an instance the operator has just asked to return: it shows as Returning and is
    // followed until the service reports it returned or no longer lists it.
    void followReturn(const QString &instanceId);
    // Stops following everything (e.g. the account changed).
    void clear();
    QStringList followedIds() const;

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
    void answered(const QStringList &asked, const ApiResult<InstancePage> &result);
    void finishRound();
    void scheduleNext();

    QPointer<CloudApi> m_api;
    QTimer m_timer;
    int m_firstInterval = 2000;
    int m_maxInterval = 30000;
    int m_interval = 2000;
    QHash<QString, InstanceInfo> m_followed; // the last known info of instances still followed
    QSet<QString> m_returning;               // asked to return, not yet seen returned
    QHash<QString, int> m_missing;           // answers in a row that left the instance out
    QHash<QString, QDateTime> m_lastSeen;    // when an answer last listed the instance (UTC)
    int m_pending = 0;
    int m_roundRequests = 0;
    bool m_roundChanged = false;
    QString m_roundError;
    bool m_failing = false;
    bool m_pollAgain = false;
};
