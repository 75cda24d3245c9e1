// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/requestpreview.h"

#include "api/cloudapi.h"
#include "spec/instancecount.h"

#include <QLocale>
#include <QStringList>

QString RequestPreview::cliCommand(const LaunchSpec &spec, const CloudApi *api)
{
    if (!api)
        return {};
    const QList<int> sizes = InstanceCount::batchSizes(spec.goodsNum);
    LaunchSpec first = spec;
    if (!sizes.isEmpty())
        first.goodsNum = sizes.first();
    return api->previewRunInstances(first).cliCommand;
}

QString RequestPreview::text(const LaunchSpec &spec, const CloudApi *api)
{
    if (!api)
        return tr("Choose an account: the request preview shows what its protocol would send.");
    const QList<int> sizes = InstanceCount::batchSizes(spec.goodsNum);
    LaunchSpec first = spec;
    if (!sizes.isEmpty())
        first.goodsNum = sizes.first();
    const LaunchPreview preview = api->previewRunInstances(first);

    QStringList lines;
    if (!preview.problem.isEmpty())
        lines << tr("Cannot be sent: %1").arg(preview.problem) << QString();
    if (!preview.text.isEmpty())
        lines << preview.text << QString();
    if (sizes.size() > 1) {
        QStringList counts;
        for (int size : sizes)
            counts << QLocale().toString(size);
        lines << tr("The launch is sent as %n request(s) of %1 instances, each with its own "
                    "clientToken; this is the first.",
                    nullptr, int(sizes.size()))
                     .arg(counts.join(QLatin1String(", ")));
    }
    lines << preview.notes;
    if (spec.clientToken.isEmpty())
        lines << tr("The launcher adds a clientToken so that a retry never creates the "
                    "instances twice.");
    return lines.join(QLatin1Char('\n'));
}
