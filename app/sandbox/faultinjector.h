// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "sandbox/faultrule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The sandbox's fault rules, off (empty) by default. Loaded from the fault file
// ({"faults": [rule, ...]}, see README) or added through the C++ API by tests.
// Each call that applies a rule consumes one of its occurrences.
class FaultInjector
{
    Q_DECLARE_TR_FUNCTIONS(FaultInjector)

public:
    // What the front does with one request: wait `latencyMs`, then answer normally or as `answer`
    // says (first matching non-latency, non-creation rule).
    struct Plan
    {
        int latencyMs = 0;
        std::optional<FaultRule> answer;
    };

    void addRule(const FaultRule &rule);
    void clear();
    bool isEmpty() const { return m_rules.isEmpty(); }
    QList<FaultRule> rules() const { return m_rules; }

    // Replaces the rules with those of a fault file. On error keeps the old rules.
    bool loadJson(const QByteArray &json, QString *error);
    bool loadFile(const QString &path, QString *error);

    Plan planFor(const QString &action);
    // The failure reason for a new instance of this name, when a FailCreation rule matches.
    std::optional<QString> creationFailureFor(const QString &action, const QString &instanceName);

private:
    void consume(qsizetype index);

    QList<FaultRule> m_rules;
};
