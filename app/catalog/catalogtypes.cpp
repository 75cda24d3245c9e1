// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "catalog/catalogtypes.h"

OsFamily osFamilyFromName(const QString &osName)
{
    if (osName.contains(QLatin1String("windows"), Qt::CaseInsensitive))
        return OsFamily::Windows;
    static const char *const unixNames[] = {"centos",  "ubuntu",  "debian", "suse",      "opensuse",
                                            "redhat",  "red hat", "rhel",   "fedora",    "coreos",
                                            "freebsd", "bsd",     "linux",  "tencentos", "gentoo",
                                            "rocky",   "alma",    "alibaba"};
    for (const char *name : unixNames) {
        if (osName.contains(QLatin1String(name), Qt::CaseInsensitive))
            return OsFamily::Linux;
    }
    return OsFamily::Unknown;
}

QString LocalizedText::text(const QLocale &locale) const
{
    return (locale.language() == QLocale::Chinese && !zh.isEmpty()) ? zh : en;
}

QString LocalizedText::text(QStringView languageCode) const
{
    return (languageCode.startsWith(u"zh", Qt::CaseInsensitive) && !zh.isEmpty()) ? zh : en;
}

bool SizeRule::contains(int value) const
{
    return value >= min && value <= max && (value - min) % step == 0;
}

QList<int> SizeRule::nearest(int value) const
{
    if (value <= min)
        return {min};
    if (value >= max)
        return {max};
    const int below = min + (value - min) / step * step;
    if (below == value)
        return {value};
    return {below, below + step};
}

bool PasswordRuleSet::inClass(QChar c, CharClass charClass) const
{
    const char16_t u = c.unicode();
    switch (charClass) {
    case CharClass::Lower:
        return u >= u'a' && u <= u'z';
    case CharClass::Upper:
        return u >= u'A' && u <= u'Z';
    case CharClass::Letter:
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    case CharClass::Digit:
        return u >= u'0' && u <= u'9';
    case CharClass::Special:
        return specials.contains(c);
    }
    return false;
}

bool PasswordRuleSet::allowed(QChar c) const
{
    return inClass(c, CharClass::Letter) || inClass(c, CharClass::Digit) ||
           inClass(c, CharClass::Special);
}
