// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QString>

// One API 3.0 call before it is signed: which service answers it, the action, and the JSON body.
// The body may hold an instance password (RunInstances): it goes on the wire only, never into a
// log, a preview or a file.
struct V3Request
{
    static inline const QString CvmService = QStringLiteral("cvm");
    static inline const QString VpcService = QStringLiteral("vpc");
    static inline const QString CbsService = QStringLiteral("cbs");
    // cvm, vpc and cbs all speak this version.
    static inline const QString Version = QStringLiteral("2017-03-12");

    QString service;
    QString action;
    QByteArray body;

    bool operator==(const V3Request &) const = default;
};
