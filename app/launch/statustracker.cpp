// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/statustracker.h"

#include "api/apierrorfactory.h"
#include "api/apierrortext.h"

#include <QMap>

#include <algorithm>
#include <memory>

bool StatusTracker::isFinal(InstanceState state)
{
    switch (state) {
    case InstanceState::Running:
    case InstanceState::Stopped:
    case InstanceState::CreateFailed:
    case InstanceState::Returned:
    case InstanceState::NotFound:
        return true;
    case InstanceState::Creating:
    case InstanceState::Returning:
    case InstanceState::Fault:
    case InstanceState::Busy:
    case InstanceState::Unknown:
        return false;
    }
    return false;
}

QString StatusTracker::notFoundReason(const QDateTime &lastSeen)
{
    if (!lastSeen.isValid())
        return tr("The service has not listed this instance in %n answer(s) in a row and never "
                  "has since it was launched: it may have been deleted, or never made. Check the "
                  "console.",
                  nullptr, MissingAnswersLimit);
    return tr("The service has not listed this instance in %n answer(s) in a row; it was last "
              "listed at %1. It may have been returned or deleted outside this app. Check the "
              "console.",
              nullptr, MissingAnswersLimit)
        .arg(lastSeen.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString StatusTracker::goneSinceEarlierSessionReason()
{
    return tr("The service no longer lists this instance: it was launched before CVM Launcher "
              "last started, and the first answer since then left it out. It may have been "
              "returned or deleted outside this app. Check the console.");
}

StatusTracker::StatusTracker(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatusTracker::startRound);
    m_sendTimer.setSingleShot(true);
    m_sendTimer.setInterval(0);
    connect(&m_sendTimer, &QTimer::timeout, this, &StatusTracker::sendQueued);
}

void StatusTracker::setAccountApi(const QString &account, CloudApi *api)
{
    if (m_apis.value(account).data() == api)
        return;
    if (api)
        m_apis.insert(account, api);
    else
        m_apis.remove(account);
    if (api && std::any_of(m_accountOf.cbegin(), m_accountOf.cend(),
                           [&account](const QString &a) { return a == account; }))
        pollNow();
}

void StatusTracker::setIntervals(int firstMs, int maxMs)
{
    m_firstInterval = qMax(1, firstMs);
    m_maxInterval = qMax(m_firstInterval, maxMs);
    m_interval = m_firstInterval;
}

void StatusTracker::follow(const QStringList &instanceIds, const QString &account)
{
    for (const QString &id : instanceIds) {
        if (!id.isEmpty() && !m_followed.contains(id)) {
            InstanceInfo info;
            info.instanceId = id;
            m_followed.insert(id, info);
            m_accountOf.insert(id, account);
            followedChanged();
        }
    }
    m_interval = m_firstInterval;
    scheduleNext();
}

void StatusTracker::followExisting(const QStringList &instanceIds, const QString &account)
{
    for (const QString &id : instanceIds) {
        if (!id.isEmpty() && !m_followed.contains(id))
            m_existing.insert(id);
    }
    follow(instanceIds, account);
}

void StatusTracker::followReturn(const QString &instanceId, const QString &account)
{
    m_accountOf.insert(instanceId, account);
    if (!m_followed.contains(instanceId))
        followedChanged();
    InstanceInfo &info = m_followed[instanceId];
    info.instanceId = instanceId;
    info.state = InstanceState::Returning;
    m_returning.insert(instanceId);
    pollNow();
}

void StatusTracker::clear()
{
    followedChanged();
    m_followed.clear();
    m_accountOf.clear();
    m_returning.clear();
    m_missing.clear();
    m_existing.clear();
    m_lastSeen.clear();
    m_timer.stop();
    // Requests of the round not sent yet end as cancelled, so the round still finishes.
    m_sendTimer.stop();
    const auto unsent = std::exchange(m_queue, {});
    for (const auto &[account, asked] : unsent)
        answered(asked, cancelledAnswer());
}

QStringList StatusTracker::followedIds() const
{
    // Sorting 10,000 ids takes milliseconds; a round asks for them every few seconds.
    if (m_sortedIds.size() != m_followed.size()) {
        m_sortedIds = m_followed.keys();
        m_sortedIds.sort();
    }
    return m_sortedIds;
}

void StatusTracker::pollNow()
{
    m_interval = m_firstInterval;
    if (m_pending > 0) {
        m_pollAgain = true;
        return;
    }
    m_timer.stop();
    startRound();
}

void StatusTracker::startRound()
{
    if (!hasAskable() || m_pending > 0)
        return;
    // Each account's instances through its own backend: an id is never shown to another account.
    QMap<QString, QStringList> idsByAccount; // ordered, so rounds are the same each time
    for (const QString &id : followedIds())
        idsByAccount[m_accountOf.value(id)] << id;
    m_roundRequests = 0;
    m_roundChanged = false;
    m_roundAnswered = false;
    m_roundError.clear();
    for (auto account = idsByAccount.cbegin(); account != idsByAccount.cend(); ++account) {
        if (!m_apis.value(account.key()))
            continue; // waits for setAccountApi()
        const QStringList &ids = account.value();
        for (qsizetype i = 0; i < ids.size(); i += MaxIdsPerRequest)
            m_queue.append({account.key(), ids.mid(i, MaxIdsPerRequest)});
    }
    m_pending = int(m_queue.size());
    sendQueued();
}

void StatusTracker::sendQueued()
{
    for (int sent = 0; sent < RequestsPerTurn && !m_queue.isEmpty(); ++sent) {
        const auto [account, asked] = m_queue.takeFirst();
        send(account, asked);
    }
    if (!m_queue.isEmpty())
        m_sendTimer.start();
}

void StatusTracker::send(const QString &account, const QStringList &asked)
{
    CloudApi *api = m_apis.value(account).data();
    if (!api) { // the account's backend went away while the round was being sent
        answered(asked, cancelledAnswer());
        return;
    }
    ++m_roundRequests;
    // A backend deleted with the call in flight (the account was switched or edited) takes the
    // call with it, without a callback: counted as cancelled, or the round would wait for it,
    // and polling would stop, for ever.
    const auto settled = std::make_shared<bool>(false);
    ApiCall *call =
        api->describeInstances(asked, 0, int(asked.size()), this,
                               [this, asked, settled](const ApiResult<InstancePage> &result) {
                                   *settled = true;
                                   answered(asked, result);
                               });
    if (call && !*settled) {
        connect(call, &QObject::destroyed, this, [this, asked, settled] {
            if (*settled)
                return;
            *settled = true;
            answered(asked, cancelledAnswer());
        });
    }
}

ApiResult<InstancePage> StatusTracker::cancelledAnswer()
{
    ApiResult<InstancePage> cancelled;
    cancelled.error = ApiErrorFactory::cancelled(QStringLiteral("DescribeInstances"));
    return cancelled;
}

bool StatusTracker::hasAskable() const
{
    for (auto it = m_accountOf.cbegin(); it != m_accountOf.cend(); ++it) {
        if (m_followed.contains(it.key()) && m_apis.value(it.value()))
            return true;
    }
    return false;
}

void StatusTracker::forget(const QString &instanceId)
{
    if (m_followed.remove(instanceId))
        followedChanged();
    m_accountOf.remove(instanceId);
    m_returning.remove(instanceId);
    m_missing.remove(instanceId);
    m_existing.remove(instanceId);
    m_lastSeen.remove(instanceId);
}

void StatusTracker::answered(const QStringList &asked, const ApiResult<InstancePage> &result)
{
    --m_pending;
    if (!result.ok()) {
        if (result.error.kind != ApiError::Kind::Cancelled && m_roundError.isEmpty()) {
            m_roundError = ApiErrorText::describe(result.error);
            m_roundErrorAccount = asked.isEmpty() ? QString() : m_accountOf.value(asked.first());
        }
    } else {
        m_roundAnswered = true;
        QSet<QString> listed;
        QList<InstanceInfo> changed;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (InstanceInfo info : result.value->instances) {
            const auto it = m_followed.find(info.instanceId);
            if (it == m_followed.end())
                continue; // not asked for, or no longer followed
            listed.insert(info.instanceId);
            m_missing.remove(info.instanceId);
            m_existing.remove(info.instanceId); // listed: the usual patience from now on
            m_lastSeen.insert(info.instanceId, now);
            // The service accepted the return but may list the instance as it was for a while.
            if (m_returning.contains(info.instanceId) && info.state != InstanceState::Returned &&
                info.state != InstanceState::CreateFailed)
                info.state = InstanceState::Returning;
            if (*it != info)
                changed << info;
            *it = info;
        }
        for (const QString &id : asked) {
            const auto it = m_followed.find(id);
            if (listed.contains(id) || it == m_followed.end())
                continue;
            // A returned instance drops out of the list; one not yet listed is still being made,
            // unless it stays out for several answers: then it is gone for a reason this app did
            // not see, which is not the same as returned by it.
            int &missing = m_missing[id];
            ++missing;
            if (it->state == InstanceState::Returning) {
                it->state = InstanceState::Returned;
                it->rawState.clear();
                changed << *it;
            } else if (m_existing.contains(id)) {
                it->state = InstanceState::NotFound;
                it->rawState.clear();
                it->failureReason = goneSinceEarlierSessionReason();
                changed << *it;
            } else if (missing >= MissingAnswersLimit) {
                it->state = InstanceState::NotFound;
                it->rawState.clear();
                it->lastSeen = m_lastSeen.value(id);
                it->failureReason = notFoundReason(it->lastSeen);
                changed << *it;
            }
        }
        for (const InstanceInfo &info : std::as_const(changed)) {
            if (isFinal(info.state))
                forget(info.instanceId);
        }
        if (!changed.isEmpty()) {
            m_roundChanged = true;
            Q_EMIT instancesUpdated(changed);
        }
    }
    if (m_pending == 0)
        finishRound();
}

void StatusTracker::finishRound()
{
    if (!m_roundError.isEmpty()) {
        m_failing = true;
        m_interval = qMin(m_maxInterval, m_interval * 2);
        Q_EMIT pollFailed(tr("Instance status could not be refreshed: %1 Trying again in %n "
                             "second(s).",
                             nullptr, (m_interval + 999) / 1000)
                              .arg(m_roundError));
    } else {
        // Only an answer tells that it works again: a round of cancelled calls says nothing.
        if (m_failing && m_roundAnswered) {
            m_failing = false;
            Q_EMIT pollRecovered();
        }
        m_interval = m_roundChanged ? m_firstInterval : qMin(m_maxInterval, m_interval * 2);
    }
    Q_EMIT roundFinished(m_roundRequests, m_roundChanged);
    if (m_pollAgain) {
        m_pollAgain = false;
        m_interval = m_firstInterval;
        startRound();
        return;
    }
    scheduleNext();
}

void StatusTracker::scheduleNext()
{
    if (m_pending > 0 || !hasAskable())
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > m_interval)
        m_timer.start(m_interval);
}
