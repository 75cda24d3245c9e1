// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "spec/instancecount.h"

#include "i18n/sentences.h"

#include <QtGlobal>

QList<int> InstanceCount::batchSizes(int count)
{
    QList<int> sizes;
    for (int left = count; left > 0; left -= PerRequest)
        sizes << qMin(left, PerRequest);
    return sizes;
}

int InstanceCount::requestCount(int count)
{
    return count < 1 ? 0 : (count + PerRequest - 1) / PerRequest;
}

QString InstanceCount::explain(int count)
{
    QString text = tr("Up to %1 per launch, a limit of this app until it reads your account's "
                      "quota.")
                       .arg(MaxPerLaunch);
    if (count > PerRequest) {
        text = Sentences::join(text, tr("Sent as %n request(s) of at most %1 instances each.",
                                        nullptr, requestCount(count))
                                         .arg(PerRequest));
    }
    return text;
}
