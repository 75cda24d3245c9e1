// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QJsonObject>
#include <QString>

// One authenticated API 3.0 call, as the action handlers see it.
struct V3Call
{
    QString account; // the SecretId: the same accounts, and instances, as API 2.0
    QString service; // "cvm" or "vpc", from the credential scope
    QString action;
    QString region;   // the catalog's region id
    QString language; // X-TC-Language: "en-US" answers names in English, else Chinese
    QJsonObject body;
};
