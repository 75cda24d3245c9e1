// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Strict reads of API 3.0 body fields. Numbers may come as JSON numbers or as decimal strings
// (the vpc service documents Offset/Limit as strings); anything else is refused with a message
// naming the parameter.
class V3Params
{
    Q_DECLARE_TR_FUNCTIONS(V3Params)

public:
    static std::optional<int> integer(const QJsonObject &body, const QString &name, int fallback,
                                      int min, int max, QString *error);
    // The Limit of a Describe* action: 20 when absent, 1 to 100. Over 100 sets *code to
    // InvalidParameterValue.LimitExceeded (the service's answer, DescribeInstances' error list),
    // anything else wrong to InvalidParameterValue; *error names the parameter.
    static std::optional<int> limit(const QJsonObject &body, QString *code, QString *error);
    // A list of strings; nothing (and *error) when the field is there but not such a list.
    static std::optional<QStringList> strings(const QJsonObject &body, const QString &name,
                                              QString *error);
    // The values of the filter `name` in Filters, empty when there is no such filter.
    static QStringList filter(const QJsonObject &body, const QString &name);
};
