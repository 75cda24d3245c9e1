// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a backend would send for one launch request, for the review page
// (CloudApi::previewRunInstances). Never a secret: a password is shown as Mask, the signature
// and the SecretId are left out (notes says they are added when the request is signed).
struct LaunchPreview
{
    Q_DECLARE_TR_FUNCTIONS(LaunchPreview)

public:
    // Stands for a password: a fixed mask, so not even its length shows.
    static inline const QString Mask = QStringLiteral("********");

    QString action; // RunInstancesHour (API 2.0) or RunInstances (API 3.0)
    // The request as it goes out before signing: API 2.0 one "name=value" line per parameter;
    // API 3.0 the X-TC-Action, X-TC-Version and X-TC-Region headers, a blank line and the JSON
    // body, indented. Empty when the request cannot be built (see problem).
    QString text;
    QStringList notes; // translated: what is added later (signature, clientToken)
    // The same request as a tccli command (TccliCommand): API 3.0 only, empty otherwise.
    QString cliCommand;
    QString problem; // translated: why the launch cannot be sent as it is; empty when it can

    // The clientToken's place in a preview of a spec without one: the Launcher gives every
    // request its own (translated).
    static QString tokenPlaceholder();
};
