// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Typed, checked reads from a service answer that QJsonDocument has parsed: the one set of
// readers behind V2Parser and V3ResponseParser. Scalars follow AnswerScalars' rules (an integer
// or a decimal may come as a number or a numeric string, a text as a string or a number), so an
// answer whose scalars drift reads the same as the documented one.
//
// The first problem is kept with its JSON path ("instanceSet[3].status: expected an integer,
// found "two"") and every later read is a no-op returning an empty value, so a parser reads
// straight through and checks ok() once. Optional fields may be absent or null; a required one
// that is absent or null is "missing"; a present field of another kind is refused.
class AnswerReader
{
    Q_DECLARE_TR_FUNCTIONS(AnswerReader)

public:
    enum class Need { Required, Optional };

    bool ok() const { return m_problem.isEmpty(); }
    // "path: what", for ApiErrorFactory::malformed(); empty while ok().
    const QString &problem() const { return m_problem; }
    // Keeps the first problem only; `path` may be empty for the answer as a whole.
    void fail(const QString &path, const QString &what);

    std::optional<int> integer(const QJsonObject &o, const QString &path, const char *key,
                               Need need = Need::Optional);
    // A decimal such as a price in CNY per hour.
    std::optional<double> decimal(const QJsonObject &o, const QString &path, const char *key,
                                  Need need = Need::Optional);
    // A flag: a JSON boolean, or as the service also sends it "true"/"false" or 1/0
    // (DescribeDiskConfigQuota's Available has come as "true").
    std::optional<bool> boolean(const QJsonObject &o, const QString &path, const char *key,
                                Need need = Need::Optional);
    // Empty when absent or null.
    QString text(const QJsonObject &o, const QString &path, const char *key,
                 Need need = Need::Optional);
    std::optional<QJsonObject> object(const QJsonObject &o, const QString &path, const char *key,
                                      Need need = Need::Optional);
    std::optional<QJsonArray> array(const QJsonObject &o, const QString &path, const char *key,
                                    Need need = Need::Optional);
    // Arrays whose every element must be an object, a text or an integer; empty when absent.
    QList<QJsonObject> objects(const QJsonObject &o, const QString &path, const char *key,
                               Need need = Need::Optional);
    QStringList texts(const QJsonObject &o, const QString &path, const char *key,
                      Need need = Need::Optional);
    QList<int> integers(const QJsonObject &o, const QString &path, const char *key,
                        Need need = Need::Optional);

    // "a.b" (or "b" at the top) and "a[3]", the paths the problems name.
    static QString join(const QString &path, const char *key);
    static QString element(const QString &path, qsizetype index);

    // The conversions alone, without a path or a problem: nothing when `v` is not one.
    static std::optional<int> integerOf(const QJsonValue &v);
    static std::optional<double> decimalOf(const QJsonValue &v);
    static std::optional<QString> textOf(const QJsonValue &v);
    static std::optional<bool> booleanOf(const QJsonValue &v);
    // "a string", "a number", ... for "found ..." in problems.
    static QString typeName(const QJsonValue &v);

private:
    // The value at `key`; Undefined when absent or null (and then "missing" if required) or
    // when a problem is already kept.
    QJsonValue take(const QJsonObject &o, const QString &path, const char *key, Need need);
    void refuse(const QString &path, const char *expected, const QJsonValue &found);

    QString m_problem;
};
