// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "catalog/catalogtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Catalog;

// The password rules of one OS as a checklist: the wizard ticks the items live as the operator
// types, and the validator turns the unticked ones into findings. Both read the catalog's rule
// set, so the rule is written once. Never logs or returns the password or any part of it.
class PasswordRules
{
    Q_DECLARE_TR_FUNCTIONS(PasswordRules)

public:
    struct Check
    {
        QString id; // "characters", "length", "classes" (the finding codes)
        bool satisfied = false;
        QString text; // translated rule text, e.g. "8 to 16 characters"
    };

    explicit PasswordRules(const PasswordRuleSet &rules);
    // Windows rules for Windows, the Linux/BSD rules otherwise; API 3.0's sets with `apiThree`
    // (Linux 8–30, Windows 12–30 characters), API 2.0's otherwise (8–16, 12–16).
    static PasswordRules forOs(const Catalog &catalog, OsFamily os, bool apiThree = false);

    const PasswordRuleSet &ruleSet() const { return m_rules; }

    QList<Check> check(const QString &password) const;
    // The ids of the checks the password fails, in check() order, without building the texts
    // (the validator's fast path).
    QStringList failedChecks(const QString &password) const;
    bool accepts(const QString &password) const;

    int classesPresent(const QString &password) const;
    // Translated names of the counted classes the password has none of.
    QStringList missingClasses(const QString &password) const;
    // "letters, digits, special characters" (the counted classes).
    QString classList() const;
    QString specialsText() const; // the special characters separated by spaces

    static QString className(PasswordRuleSet::CharClass charClass);

private:
    PasswordRuleSet m_rules;
};
