// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/instancedetails.h"

#include "catalog/catalog.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/launchtreemodel.h"
#include "wizard/launchsummary.h"

#include <QLocale>
#include <QStringList>

namespace {

QString batchStateText(BatchRecord::State state)
{
    switch (state) {
    case BatchRecord::State::Planned:
        return QCoreApplication::translate("InstancesPanel", "not sent yet");
    case BatchRecord::State::Sent:
        return QCoreApplication::translate("InstancesPanel", "sent, waiting for the answer");
    case BatchRecord::State::Answered:
        return QCoreApplication::translate("InstancesPanel", "created");
    case BatchRecord::State::Failed:
        return QCoreApplication::translate("InstancesPanel", "failed");
    case BatchRecord::State::Unconfirmed:
        return QCoreApplication::translate("InstancesPanel", "outcome unknown, will ask again");
    }
    return {};
}

// "Label: value", or nothing when there is no value to give.
void addLine(QStringList &lines, const QString &label, const QString &value)
{
    if (!value.trimmed().isEmpty())
        lines << InstanceDetails::tr("%1: %2").arg(label, value);
}

} // namespace

QString InstanceDetails::text(const QModelIndex &row, const LaunchController *controller)
{
    if (!row.isValid())
        return {};
    QStringList lines;
    const auto cell = [&row](int column) { return row.siblingAtColumn(column).data().toString(); };
    const bool isLaunch = row.data(LaunchTreeModel::IsLaunchRole).toBool();
    const auto record = controller->launchRecord(row.data(InstanceModel::LaunchIdRole).toString());

    if (isLaunch) {
        addLine(lines, tr("Launch"), cell(InstanceModel::IdColumn));
        addLine(lines, tr("Progress"), cell(InstanceModel::StatusColumn));
    } else {
        addLine(lines, tr("Instance ID"), row.data(InstanceModel::InstanceIdRole).toString());
        if (row.data(InstanceModel::InstanceIdRole).toString().isEmpty())
            addLine(lines, tr("Instances"), cell(InstanceModel::IdColumn));
        addLine(lines, tr("Name"), cell(InstanceModel::NameColumn));
        addLine(lines, tr("Status"), cell(InstanceModel::StatusColumn));
    }
    addLine(lines, tr("Error"), row.data(InstanceModel::ErrorRole).toString());
    if (!isLaunch) {
        addLine(lines, tr("Zone"), cell(InstanceModel::ZoneColumn));
        addLine(lines, tr("Instance type"), cell(InstanceModel::TypeColumn));
        addLine(lines, tr("CPU and memory"), cell(InstanceModel::ShapeColumn));
        addLine(lines, tr("Private IP"), cell(InstanceModel::LanIpColumn));
        addLine(lines, tr("Public IP"), cell(InstanceModel::WanIpColumn));
    }
    const QString account = cell(InstanceModel::AccountColumn);
    if (record && !record->region.isEmpty())
        addLine(lines, tr("Account"), tr("%1, region %2").arg(account, record->region));
    else if (record && !record->profileId.isEmpty())
        // Journals written before the region was recorded: the profile's region is used.
        addLine(lines, tr("Account"), tr("%1, in the profile's region").arg(account));
    else
        addLine(lines, tr("Account"), account);
    if (!record)
        return lines.join(QLatin1Char('\n'));

    lines << QString();
    if (!isLaunch)
        addLine(lines, tr("Launch"), controller->launches()->title(record->id));
    addLine(lines, tr("Started"),
            QLocale().toString(record->createdAt.toLocalTime(), QLocale::LongFormat));
    addLine(lines, tr("Launch ID"), record->id);
    addLine(lines, tr("Price"),
            record->pricePerInstanceHour
                ? tr("¥%1 per instance per hour (as quoted at launch)")
                      .arg(QLocale().toString(*record->pricePerInstanceHour, 'f', 2))
                : tr("unknown (no price was quoted at launch)"));
    for (int i = 0; i < record->batches.size(); ++i) {
        const BatchRecord &batch = record->batches.at(i);
        QString value = tr("count %1, %2, clientToken %3")
                            .arg(batch.count)
                            .arg(batchStateText(batch.state), batch.clientToken);
        if (!batch.error.isEmpty())
            value += QStringLiteral(" — ") + batch.error;
        addLine(lines, tr("Batch %1").arg(i + 1), value);
    }

    lines << QString() << tr("Launch parameters:");
    LaunchSpec spec = record->spec;
    // The journal keeps no password, only that there was one: the summary then says "with a
    // password (set, not shown)" rather than "a password the service generates".
    if (record->needsPassword)
        spec.password = QString();
    const LaunchSummary::Lines summary =
        LaunchSummary::lines(spec, Catalog::builtIn(), Image(), controller->apiVersionOf(*record));
    for (const auto &[label, value] : summary)
        addLine(lines, label, value);
    return lines.join(QLatin1Char('\n'));
}
