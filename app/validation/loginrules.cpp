// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "validation/loginrules.h"

#include "validation/passwordrules.h"
#include "validation/rulehelpers.h"
#include "validation/validator.h"

using namespace RuleHelpers;

namespace {

QString osName(OsFamily os)
{
    return os == OsFamily::Windows ? Validator::tr("Windows") : Validator::tr("Linux/BSD");
}

// Findings for each rule of `os` the password breaks. The password itself never appears in a
// message: findings are shown, logged by the sandbox and copied into bug reports.
void checkPassword(const QString &password, const Catalog &catalog, OsFamily os, bool apiThree,
                   Finding::Severity severity, const QString &prefix, Findings &out)
{
    const PasswordRules rules = PasswordRules::forOs(catalog, os, apiThree);
    const PasswordRuleSet &set = rules.ruleSet();
    for (const QString &id : rules.failedChecks(password)) {
        QString message;
        if (id == QLatin1String("characters")) {
            message = Validator::tr("%1 passwords may hold only letters, digits and %2.")
                          .arg(osName(os), rules.specialsText());
        } else if (id == QLatin1String("length")) {
            message = Validator::tr("%1 passwords are %2 to %3 characters; this one has %4.")
                          .arg(osName(os))
                          .arg(set.minLength)
                          .arg(set.maxLength)
                          .arg(password.size());
        } else {
            message = Validator::tr("%1 passwords need at least %2 of: %3. Add %4.")
                          .arg(osName(os))
                          .arg(set.minClasses)
                          .arg(rules.classList(),
                               rules.missingClasses(password).join(Validator::tr(" or ")));
        }
        const QByteArray code = id.toLatin1();
        add(out, SpecField::Password, severity, code.constData(), prefix + message);
    }
}

} // namespace

void LoginRules::check(const LaunchSpec &spec, const Catalog &catalog,
                       const ValidationContext &context, Findings &out)
{
    const OsFamily os = context.imageOs;
    if (spec.password) {
        if (os != OsFamily::Unknown) {
            checkPassword(*spec.password, catalog, os, context.apiThree, Finding::Severity::Error,
                          {}, out);
        } else {
            // Not knowing the OS, hold the password to the Linux rules and warn about the
            // stricter Windows ones instead of guessing which apply.
            const qsizetype before = out.size();
            checkPassword(*spec.password, catalog, OsFamily::Linux, context.apiThree,
                          Finding::Severity::Error, {}, out);
            if (out.size() == before) {
                checkPassword(*spec.password, catalog, OsFamily::Windows, context.apiThree,
                              Finding::Severity::Warning,
                              Validator::tr("If the image is Windows: "), out);
            }
        }
    }

    if (spec.password && !spec.keyId.isEmpty()) {
        Finding &f = error(out, SpecField::KeyId, "conflict",
                           Validator::tr("Choose a password or a key, not both."));
        suggest(f, SpecField::KeyId, QString(), Validator::tr("Use the password"));
        suggest(f, SpecField::Password, QVariant(), Validator::tr("Use the key"));
    }
    if (!spec.keyId.isEmpty() && os != OsFamily::Linux) {
        const bool windows = os == OsFamily::Windows;
        Finding &f = add(out, SpecField::KeyId,
                         windows ? Finding::Severity::Error : Finding::Severity::Warning,
                         windows ? "windowsKey" : "osUnknown",
                         windows ? Validator::tr("Windows images cannot log in with a key. Set a "
                                                 "password instead.")
                                 : Validator::tr("Keys work only with Linux/BSD images; the "
                                                 "image's OS is not known yet."));
        suggest(f, SpecField::KeyId, QString(), Validator::tr("No key"));
    }
    if (!spec.password && spec.keyId.isEmpty()) {
        add(out, SpecField::Password, Finding::Severity::Info, "generated",
            Validator::tr("No password or key: the service will generate a password and send it "
                          "to you in a message (站内信)."));
    }
}
