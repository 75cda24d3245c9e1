// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "launch/launchlog.h"

#include "launch/launchcontroller.h"
#include "launch/launcher.h"
#include "launch/launchrecordjson.h"
#include "launch/statustracker.h"
#include "logging.h"

void LaunchLog::follow(LaunchController *controller)
{
    Launcher *launcher = controller->launcher();
    QObject::connect(
        launcher, &Launcher::launchStarted, controller, [](const LaunchRecord &record) {
            qCInfo(lcLaunch, "launch %s started: %d instance(s) in %d batch(es)",
                   qUtf8Printable(record.id), record.spec.goodsNum, int(record.batches.size()));
        });
    QObject::connect(launcher, &Launcher::batchChanged, controller,
                     [launcher](const QString &id, int batch) {
                         const auto record = launcher->record(id);
                         if (!record || batch < 0 || batch >= record->batches.size())
                             return;
                         const BatchRecord &b = record->batches.at(batch);
                         qCInfo(lcLaunch, "launch %s batch %d (clientToken %s, %d instance(s)): %s",
                                qUtf8Printable(id), batch + 1, qUtf8Printable(b.clientToken),
                                b.count, qUtf8Printable(LaunchRecordJson::stateName(b.state)));
                     });
    QObject::connect(launcher, &Launcher::batchRetrying, controller,
                     [](const QString &id, int batch, int attempt, int delayMs, const QString &) {
                         qCInfo(lcLaunch, "launch %s batch %d: attempt %d in %d ms",
                                qUtf8Printable(id), batch + 1, attempt, delayMs);
                     });
    QObject::connect(launcher, &Launcher::batchUnconfirmed, controller,
                     [](const QString &id, int batch, const QString &why) {
                         qCWarning(lcLaunch,
                                   "launch %s batch %d not confirmed, stays open for a resend "
                                   "with its clientToken: %s",
                                   qUtf8Printable(id), batch + 1, qUtf8Printable(why));
                     });
    QObject::connect(launcher, &Launcher::launchFinished, controller, [](const QString &id) {
        qCInfo(lcLaunch, "launch %s finished: no batch is open", qUtf8Printable(id));
    });
    QObject::connect(controller->tracker(), &StatusTracker::instancesUpdated, controller,
                     [](const QList<InstanceInfo> &instances) {
                         for (const InstanceInfo &info : instances) {
                             qCDebug(lcLaunch, "instance %s: state %s",
                                     qUtf8Printable(info.instanceId),
                                     qUtf8Printable(info.rawState));
                         }
                     });
}
