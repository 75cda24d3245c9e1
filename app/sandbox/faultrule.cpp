// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/faultrule.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace {

constexpr std::array kKindNames = {
    std::pair{FaultRule::Kind::Latency, "latency"},
    std::pair{FaultRule::Kind::HttpStatus, "httpStatus"},
    std::pair{FaultRule::Kind::ServiceError, "serviceError"},
    std::pair{FaultRule::Kind::Drop, "drop"},
    std::pair{FaultRule::Kind::Truncate, "truncate"},
    std::pair{FaultRule::Kind::NonJson, "nonJson"},
    std::pair{FaultRule::Kind::FailCreation, "failCreation"},
    std::pair{FaultRule::Kind::SlowBody, "slowBody"},
    std::pair{FaultRule::Kind::Stall, "stall"},
    std::pair{FaultRule::Kind::HugeBody, "hugeBody"},
};

// Reads an optional integer member within [min, max]; false (with `error`) when it is malformed.
bool readInt(const QJsonObject &object, const QString &key, qint64 min, qint64 max, qint64 *out,
             QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)) ||
        number < static_cast<double>(min) || number > static_cast<double>(max)) {
        *error = FaultRule::tr("Fault rule: \"%1\" must be a whole number from %2 to %3.")
                     .arg(key)
                     .arg(min)
                     .arg(max);
        return false;
    }
    *out = static_cast<qint64>(number);
    return true;
}

} // namespace

bool FaultRule::matchesAction(const QString &requestAction) const
{
    return action.isEmpty() || action == QLatin1String("*") || action == requestAction;
}

bool FaultRule::processesRequest() const
{
    if (process)
        return *process;
    switch (kind) {
    case Kind::HttpStatus:
    case Kind::ServiceError:
    case Kind::NonJson:
        return false;
    default:
        return true;
    }
}

QString FaultRule::kindName(Kind kind)
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &object, QString *error)
{
    FaultRule rule;
    const QString kindText = object.value(QLatin1String("kind")).toString();
    bool known = false;
    for (const auto &[k, name] : kKindNames) {
        if (kindText == QLatin1String(name)) {
            rule.kind = k;
            known = true;
        }
    }
    if (!known) {
        QStringList names;
        for (const auto &entry : kKindNames)
            names << QLatin1String(entry.second);
        *error = tr("Fault rule: unknown kind \"%1\"; use one of %2.")
                     .arg(kindText, names.join(QLatin1String(", ")));
        return std::nullopt;
    }

    const QJsonValue action = object.value(QLatin1String("action"));
    if (!action.isUndefined() && !action.isString()) {
        *error = tr("Fault rule: \"action\" must be an action name or \"*\".");
        return std::nullopt;
    }
    rule.action = action.toString();

    // "code" is an API 2.0 number or an error code's name; the name is read here, the number below.
    const QJsonValue codeValue = object.value(QLatin1String("code"));
    if (codeValue.isString()) {
        static const QRegularExpression codeName(
            QStringLiteral("^[A-Z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)*$"));
        rule.errorCode = codeValue.toString();
        if (!codeName.match(rule.errorCode).hasMatch()) {
            *error =
                tr("Fault rule: \"code\" \"%1\" is not an error code name such as "
                   "\"RequestLimitExceeded\" or \"ResourceInsufficient.SpecifiedInstanceType\".")
                    .arg(rule.errorCode);
            return std::nullopt;
        }
    }
    QJsonObject numbers = object;
    if (codeValue.isString())
        numbers.remove(QLatin1String("code"));

    qint64 count = -1;
    qint64 latency = 0;
    qint64 status = rule.httpStatus;
    qint64 code = rule.serviceCode;
    qint64 chunk = rule.chunkBytes;
    qint64 interval = rule.intervalMs;
    qint64 huge = rule.hugeBytes;
    if (!readInt(numbers, QStringLiteral("count"), -1, 1'000'000'000, &count, error) ||
        !readInt(numbers, QStringLiteral("ms"), 0, 3'600'000, &latency, error) ||
        !readInt(numbers, QStringLiteral("status"), 100, 599, &status, error) ||
        !readInt(numbers, QStringLiteral("code"), 1, 99'999, &code, error) ||
        !readInt(numbers, QStringLiteral("chunkBytes"), 1, 1 << 20, &chunk, error) ||
        !readInt(numbers, QStringLiteral("intervalMs"), 1, 600'000, &interval, error) ||
        !readInt(numbers, QStringLiteral("bytes"), 1, qint64(1) << 30, &huge, error))
        return std::nullopt;
    rule.remaining = static_cast<int>(count);
    rule.latencyMs = static_cast<int>(latency);
    rule.httpStatus = static_cast<int>(status);
    rule.serviceCode = static_cast<int>(code);
    rule.chunkBytes = static_cast<int>(chunk);
    rule.intervalMs = static_cast<int>(interval);
    rule.hugeBytes = huge;

    rule.closeConnection = object.value(QLatin1String("closeConnection")).toBool(false);
    if (object.contains(QLatin1String("process")))
        rule.process = object.value(QLatin1String("process")).toBool();
    rule.namePattern = object.value(QLatin1String("namePattern")).toString();
    rule.reason = object.value(QLatin1String("reason")).toString();
    if (rule.kind == Kind::FailCreation && rule.namePattern.isEmpty()) {
        *error = tr("Fault rule failCreation needs a \"namePattern\" (e.g. \"fail-*\").");
        return std::nullopt;
    }
    return rule;
}
