// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "validation/passwordrules.h"

#include "catalog/catalog.h"

PasswordRules::PasswordRules(const PasswordRuleSet &rules)
    : m_rules(rules)
{}

PasswordRules PasswordRules::forOs(const Catalog &catalog, OsFamily os, bool apiThree)
{
    return PasswordRules(catalog.passwordRules(os, apiThree));
}

QString PasswordRules::className(PasswordRuleSet::CharClass charClass)
{
    switch (charClass) {
    case PasswordRuleSet::CharClass::Letter:
        return tr("letters");
    case PasswordRuleSet::CharClass::Lower:
        return tr("lower-case letters");
    case PasswordRuleSet::CharClass::Upper:
        return tr("upper-case letters");
    case PasswordRuleSet::CharClass::Digit:
        return tr("digits");
    case PasswordRuleSet::CharClass::Special:
        return tr("special characters");
    }
    return {};
}

QString PasswordRules::classList() const
{
    QStringList names;
    for (const auto c : m_rules.classes)
        names << className(c);
    return names.join(tr(", "));
}

QString PasswordRules::specialsText() const
{
    QStringList chars;
    for (const QChar c : m_rules.specials)
        chars << QString(c);
    return chars.join(QLatin1Char(' '));
}

int PasswordRules::classesPresent(const QString &password) const
{
    int present = 0;
    for (const auto charClass : m_rules.classes) {
        for (const QChar c : password) {
            if (m_rules.inClass(c, charClass)) {
                ++present;
                break;
            }
        }
    }
    return present;
}

QStringList PasswordRules::missingClasses(const QString &password) const
{
    QStringList missing;
    for (const auto charClass : m_rules.classes) {
        const bool found = std::any_of(password.cbegin(), password.cend(),
                                       [&](QChar c) { return m_rules.inClass(c, charClass); });
        if (!found)
            missing << className(charClass);
    }
    return missing;
}

namespace {
const QString CharactersId = QStringLiteral("characters");
const QString LengthId = QStringLiteral("length");
const QString ClassesId = QStringLiteral("classes");
} // namespace

QStringList PasswordRules::failedChecks(const QString &password) const
{
    QStringList failed;
    if (!std::all_of(password.cbegin(), password.cend(),
                     [this](QChar c) { return m_rules.allowed(c); }))
        failed << CharactersId;
    if (password.size() < m_rules.minLength || password.size() > m_rules.maxLength)
        failed << LengthId;
    if (classesPresent(password) < m_rules.minClasses)
        failed << ClassesId;
    return failed;
}

QList<PasswordRules::Check> PasswordRules::check(const QString &password) const
{
    const QStringList failed = failedChecks(password);
    return {
        {CharactersId, !failed.contains(CharactersId),
         tr("Only letters, digits and these special characters: %1").arg(specialsText())},
        {LengthId, !failed.contains(LengthId),
         tr("%1 to %2 characters").arg(m_rules.minLength).arg(m_rules.maxLength)},
        {ClassesId, !failed.contains(ClassesId),
         tr("At least %1 of: %2").arg(m_rules.minClasses).arg(classList())},
    };
}

bool PasswordRules::accepts(const QString &password) const
{
    return failedChecks(password).isEmpty();
}
