// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/faultinjector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

void FaultInjector::addRule(const FaultRule &rule)
{
    m_rules.append(rule);
}

void FaultInjector::clear()
{
    m_rules.clear();
}

bool FaultInjector::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The fault file is not valid JSON (%1 at offset %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonValue faults = document.object().value(QLatin1String("faults"));
    if (!document.isObject() || !faults.isArray()) {
        *error = tr("The fault file must be an object with a \"faults\" array.");
        return false;
    }
    QList<FaultRule> rules;
    const QJsonArray array = faults.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString ruleError;
        const auto rule = FaultRule::fromJson(array.at(i).toObject(), &ruleError);
        if (!array.at(i).isObject() || !rule) {
            *error =
                tr("Fault %1: %2")
                    .arg(i)
                    .arg(ruleError.isEmpty() ? tr("each fault must be an object.") : ruleError);
            return false;
        }
        rules.append(*rule);
    }
    m_rules = rules;
    return true;
}

bool FaultInjector::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the fault file %1: %2.").arg(path, file.errorString());
        return false;
    }
    return loadJson(file.readAll(), error);
}

FaultInjector::Plan FaultInjector::planFor(const QString &action)
{
    Plan plan;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const FaultRule &rule = m_rules.at(i);
        if (rule.remaining == 0 || !rule.matchesAction(action) ||
            rule.kind == FaultRule::Kind::FailCreation)
            continue;
        if (rule.kind == FaultRule::Kind::Latency) {
            plan.latencyMs += rule.latencyMs;
            consume(i);
        } else if (!plan.answer) {
            plan.answer = rule;
            consume(i);
        }
    }
    return plan;
}

std::optional<QString> FaultInjector::creationFailureFor(const QString &action,
                                                         const QString &instanceName)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const FaultRule &rule = m_rules.at(i);
        if (rule.kind != FaultRule::Kind::FailCreation || rule.remaining == 0 ||
            !rule.matchesAction(action))
            continue;
        const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(
            rule.namePattern, QRegularExpression::UnanchoredWildcardConversion));
        const QRegularExpression anchored(QRegularExpression::anchoredPattern(pattern.pattern()));
        if (!anchored.match(instanceName).hasMatch())
            continue;
        QString reason =
            rule.reason.isEmpty()
                ? tr("ResourceInsufficient: the zone has no capacity left for this configuration; "
                     "choose another zone or instance type.")
                : rule.reason;
        consume(i);
        return reason;
    }
    return std::nullopt;
}

void FaultInjector::consume(qsizetype index)
{
    FaultRule &rule = m_rules[index];
    if (rule.remaining > 0)
        --rule.remaining;
}
