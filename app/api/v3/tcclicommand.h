// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QJsonObject>
#include <QString>

// An API 3.0 request as a tccli command line, for the review page's "Copy as tccli command":
//
//   tccli cvm RunInstances --cli-unfold-argument --region ap-guangzhou
//       --InstanceChargeType POSTPAID_BY_HOUR --Placement.Zone ap-guangzhou-3
//       --DataDisks.0.DiskType CLOUD_SSD ...
//
// (one option a line, each line but the last ending in a backslash). With --cli-unfold-argument
// tccli takes every leaf of the JSON body as one option, its path joined with dots and array
// elements by index (the form of tccli's own examples). Values a POSIX shell would split or expand
// are single-quoted. Never a secret: LoginSettings.Password is written as the placeholder
// "<PASSWORD>", and ClientToken is left out (one token names one launch; a copied command run twice
// must not look like a retry of the app's own).
class TccliCommand
{
public:
    static QString build(const QString &service, const QString &action, const QString &region,
                         const QJsonObject &body);
    // Stands for the password in the command.
    static inline const QString PasswordPlaceholder = QStringLiteral("<PASSWORD>");
};
