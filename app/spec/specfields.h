// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"
#include "spec/specfield.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>

// The LaunchSpec's field table: every input declared once, with its name in templates and in
// each protocol, its type, what "not set" means, and whether it is a secret. Templates, the
// journal, suggestions and findings, the wizard's draft and both request builders read it, so a
// new field is one row here (plus its UI and its rule), never five spellings.
class SpecFields
{
public:
    // Every field, in SpecField order.
    static std::span<const SpecFieldInfo> all();
    static const SpecFieldInfo &info(SpecField field);

    // The JSON key ("zoneId"), as findings and suggestions name fields.
    static QString key(SpecField field);
    static QStringList keys(const QList<SpecField> &fields);
    // The field whose JSON key is `key`; nothing for an unknown key.
    static std::optional<SpecField> fromKey(QStringView key);

    // The member's value: int, QString or bool in a QVariant; a null QVariant when an optional
    // member is not set.
    static QVariant value(const LaunchSpec &spec, SpecField field);
    // Sets the member; false (spec untouched) when the value's type does not fit the field.
    static bool setValue(LaunchSpec &spec, SpecField field, const QVariant &value);
    // The value in a fresh LaunchSpec (the seed's defaults; "not chosen" for required fields).
    static QVariant defaultValue(SpecField field);

    // What a request carries for the field, the same for both protocols (before API 3.0's own
    // names): an invalid QVariant when nothing is sent (an unset optional, empty text or list, VPC
    // fields without a VPC), else the value. wanIp is always sent, as getsPublicIp(), so no
    // request leans on a service default and API 2.0's wanIp agrees with API 3.0's
    // PublicIpAssigned.
    static QVariant requestValue(const LaunchSpec &spec, SpecField field);

    // The fields that differ between two specs, in table order.
    static QList<SpecField> differing(const LaunchSpec &a, const LaunchSpec &b);
};
