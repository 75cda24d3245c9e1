// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/transportreply.h"
#include "faketransport.h"

#include <QTimer>

// One scripted answer of FakeTransport.
class FakeTransportReply : public TransportReply
{
    Q_OBJECT

public:
    FakeTransportReply(const TransportRequest &request, const FakeResponse &response,
                       FakeTransport *parent);

    void abort() override;

private:
    QString m_action;
    FakeTransport *m_owner;
    QTimer m_answer;
    QTimer m_deadline;
};
