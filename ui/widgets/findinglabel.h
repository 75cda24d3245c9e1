// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "validation/finding.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QVBoxLayout;

// The validator's findings for a few fields, shown beside their controls: an icon and the words
// "Error" or "Warning" (never colour alone), the translated message, and one button per suggested
// fix. Hidden when there is nothing to say.
class FindingLabel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingLabel(const QStringList &fields, QWidget *parent = nullptr);

    const QStringList &fields() const { return m_fields; }
    // Names the step a suggestion's field is chosen on when that is not this label's page (the
    // title, e.g. "Location"), else an empty string: such a fix button says it changes that step.
    void setOtherStep(std::function<QString(const QString &field)> otherStep)
    {
        m_otherStep = std::move(otherStep);
    }
    // A fix button's text: what it does ("Use 32 GB", "No data disk"), and the step it changes
    // when that is another one.
    QString buttonText(const Suggestion &suggestion) const;
    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    // The messages as shown, one per line; for tests and screen readers.
    QString text() const;

Q_SIGNALS:
    void suggestionChosen(const Suggestion &suggestion);
    // The fix buttons were made anew (they come and go with the findings): the page puts them
    // back in its Tab order, under their field.
    void buttonsChanged();

private:
    void rebuild();

    QStringList m_fields;
    QList<Finding> m_findings;
    QVBoxLayout *m_layout = nullptr;
    std::function<QString(const QString &field)> m_otherStep;
};
