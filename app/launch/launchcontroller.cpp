// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/launchcontroller.h"

#include "api/apierrortext.h"
#include "api/cloudapi.h"
#include "api/errorcodes.h"
#include "launch/instancemodel.h"
#include "launch/journal.h"
#include "launch/launcher.h"
#include "launch/launchlog.h"
#include "launch/statustracker.h"

LaunchController::LaunchController(const QString &journalDirectory, QObject *parent)
    : QObject(parent)
    , m_journal(new Journal(journalDirectory, this))
    , m_launcher(new Launcher(m_journal, this))
    , m_tracker(new StatusTracker(this))
    , m_model(new InstanceModel(this))
{
    connect(m_journal, &Journal::damagedEntry, this,
            [this](const QString &, const QString &, const QString &text) {
                Q_EMIT journalDamaged(text);
            });
    connect(m_launcher, &Launcher::launchRefused, this, &LaunchController::launchRefused);
    connect(m_launcher, &Launcher::notice, this, &LaunchController::message);
    connect(m_launcher, &Launcher::launchStarted, this, [this](const LaunchRecord &record) {
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
                if (const auto record = m_launcher->record(launchId))
                    m_model->addBatch(*record, batch);
                m_tracker->follow(ids);
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
    connect(m_tracker, &StatusTracker::pollFailed, this, &LaunchController::trackerError);
    connect(m_tracker, &StatusTracker::pollRecovered, this,
            [this] { Q_EMIT trackerError(QString()); });
    LaunchLog::follow(this);
}

void LaunchController::setSecretStore(SecretStore *store)
{
    m_launcher->setSecretStore(store);
}

void LaunchController::setCloudApi(CloudApi *api, const QString &profileId)
{
    m_api = api;
    m_profileId = profileId;
    m_tracker->clear();
    m_tracker->setCloudApi(api);
    followProfileInstances();
    m_launcher->setCloudApi(api, profileId);
}

void LaunchController::start()
{
    const QList<LaunchRecord> records = m_journal->load();
    m_model->clear();
    for (const LaunchRecord &record : records)
        m_model->addLaunch(record);
    m_launcher->adopt(records);
    followProfileInstances();
}

std::optional<LaunchRecord> LaunchController::launchRecord(const QString &launchId) const
{
    return m_launcher->record(launchId);
}

QString LaunchController::launch(const LaunchSpec &spec)
{
    return m_launcher->launch(spec);
}

void LaunchController::returnInstance(const QString &instanceId)
{
    CloudApi *api = m_api.data();
    if (!api) {
        Q_EMIT message(tr("No account is selected, so %1 was not returned.").arg(instanceId));
        return;
    }
    api->returnInstance(instanceId, this, [this, instanceId](const ApiResult<bool> &result) {
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
            m_tracker->followReturn(instanceId);
            Q_EMIT message(tr("%1 was already returned.").arg(instanceId));
            return;
        }
        if (!result.ok()) {
            Q_EMIT message(tr("%1 was not returned. %2")
                               .arg(instanceId, ApiErrorText::describe(result.error)));
            return;
        }
        info.state = InstanceState::Returning;
        m_model->updateInstances({info});
        m_tracker->followReturn(instanceId);
        Q_EMIT message(tr("%1 is being returned.").arg(instanceId));
    });
}

void LaunchController::followProfileInstances()
{
    if (!m_api)
        return;
    QStringList ids;
    for (const LaunchRecord &record : m_launcher->records()) {
        if (record.profileId != m_profileId)
            continue;
        for (const QString &id : record.instanceIds()) {
            const int row = m_model->rowOfInstance(id);
            if (row < 0 || !StatusTracker::isFinal(m_model->row(row).info.state))
                ids << id;
        }
    }
    m_tracker->follow(ids);
    if (!ids.isEmpty())
        m_tracker->pollNow();
}
