// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/statustracker.h"

#include "api/apierrortext.h"

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

StatusTracker::StatusTracker(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatusTracker::startRound);
}

void StatusTracker::setCloudApi(CloudApi *api)
{
    m_api = api;
    if (!m_followed.isEmpty())
        pollNow();
}

void StatusTracker::setIntervals(int firstMs, int maxMs)
{
    m_firstInterval = qMax(1, firstMs);
    m_maxInterval = qMax(m_firstInterval, maxMs);
    m_interval = m_firstInterval;
}

void StatusTracker::follow(const QStringList &instanceIds)
{
    for (const QString &id : instanceIds) {
        if (!id.isEmpty() && !m_followed.contains(id)) {
            InstanceInfo info;
            info.instanceId = id;
            m_followed.insert(id, info);
        }
    }
    m_interval = m_firstInterval;
    scheduleNext();
}

void StatusTracker::followReturn(const QString &instanceId)
{
    InstanceInfo &info = m_followed[instanceId];
    info.instanceId = instanceId;
    info.state = InstanceState::Returning;
    m_returning.insert(instanceId);
    pollNow();
}

void StatusTracker::clear()
{
    m_followed.clear();
    m_returning.clear();
    m_missing.clear();
    m_lastSeen.clear();
    m_timer.stop();
}

QStringList StatusTracker::followedIds() const
{
    QStringList ids = m_followed.keys();
    ids.sort();
    return ids;
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
    CloudApi *api = m_api.data();
    if (!api || m_followed.isEmpty() || m_pending > 0)
        return;
    const QStringList ids = followedIds();
    m_roundRequests = 0;
    m_roundChanged = false;
    m_roundError.clear();
    for (qsizetype i = 0; i < ids.size(); i += MaxIdsPerRequest) {
        const QStringList asked = ids.mid(i, MaxIdsPerRequest);
        ++m_pending;
        ++m_roundRequests;
        api->describeInstances(
            asked, 0, int(asked.size()), this,
            [this, asked](const ApiResult<InstancePage> &result) { answered(asked, result); });
    }
}

void StatusTracker::answered(const QStringList &asked, const ApiResult<InstancePage> &result)
{
    --m_pending;
    if (!result.ok()) {
        if (result.error.kind != ApiError::Kind::Cancelled)
            m_roundError = ApiErrorText::describe(result.error);
    } else {
        QSet<QString> listed;
        QList<InstanceInfo> changed;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (InstanceInfo info : result.value->instances) {
            const auto it = m_followed.find(info.instanceId);
            if (it == m_followed.end())
                continue; // not asked for, or no longer followed
            listed.insert(info.instanceId);
            m_missing.remove(info.instanceId);
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
            } else if (missing >= MissingAnswersLimit) {
                it->state = InstanceState::NotFound;
                it->rawState.clear();
                it->lastSeen = m_lastSeen.value(id);
                it->failureReason = notFoundReason(it->lastSeen);
                changed << *it;
            }
        }
        for (const InstanceInfo &info : std::as_const(changed)) {
            if (isFinal(info.state)) {
                m_followed.remove(info.instanceId);
                m_returning.remove(info.instanceId);
                m_missing.remove(info.instanceId);
                m_lastSeen.remove(info.instanceId);
            }
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
        if (m_failing) {
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
    if (m_pending > 0 || m_followed.isEmpty() || !m_api)
        return;
    if (!m_timer.isActive() || m_timer.remainingTime() > m_interval)
        m_timer.start(m_interval);
}
