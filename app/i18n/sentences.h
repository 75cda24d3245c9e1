// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QString>

// Two sentences of a message one after the other, as the interface language writes them:
// English puts a space after the full stop, Chinese none after 。 (the translation of the
// pattern "%1 %2" decides).
class Sentences
{
    Q_DECLARE_TR_FUNCTIONS(Sentences)

public:
    // `first` then `second`; either alone when the other is empty.
    static QString join(const QString &first, const QString &second)
    {
        if (first.isEmpty())
            return second;
        if (second.isEmpty())
            return first;
        return tr("%1 %2", "two sentences of one message, one after the other").arg(first, second);
    }
};
