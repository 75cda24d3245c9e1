// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "widgets/findinglabel.h"

class QLabel;

// The CPU:memory line of the instance page: always says which ratios the family allows and what
// the current choice is; when the validator finds the pair wrong it shows that finding ("CVM.M2
// is 1:8 — for 4 cores pick 32 GB") with one button per suggested pair.
class RatioHint : public QWidget
{
    Q_OBJECT

public:
    explicit RatioHint(QWidget *parent = nullptr);

    // `allowed` is the catalog's text for the family ("1:8", "1:1 to 1:8").
    void setChoice(const QString &familyId, const QString &allowed, int cpu, int mem);
    void setFindings(const QList<Finding> &findings);

    QString summary() const;
    FindingLabel *findingLabel() const { return m_findings; }

Q_SIGNALS:
    void suggestionChosen(const Suggestion &suggestion);

private:
    QLabel *m_summary = nullptr;
    FindingLabel *m_findings = nullptr;
};
