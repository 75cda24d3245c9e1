// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "widgets/ratiohint.h"

#include <QLabel>
#include <QVBoxLayout>

#include <numeric>

RatioHint::RatioHint(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ratioSummary"));
    m_summary->setWordWrap(true);
    m_findings = new FindingLabel({QStringLiteral("cpu"), QStringLiteral("mem")}, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings);
    connect(m_findings, &FindingLabel::suggestionChosen, this, &RatioHint::suggestionChosen);
}

void RatioHint::setChoice(const QString &familyId, const QString &allowed, int cpu, int mem)
{
    if (cpu <= 0 || mem <= 0) {
        m_summary->setText(tr("%1 allows CPU:memory ratios %2.").arg(familyId, allowed));
        return;
    }
    // Ratios are told reduced ("1:4"), the way the families are described.
    const int divisor = std::gcd(cpu, mem);
    m_summary->setText(tr("%1 allows CPU:memory ratios %2. Your choice, %n core(s) with %3 GB, "
                          "is %4:%5.",
                          nullptr, cpu)
                           .arg(familyId, allowed)
                           .arg(mem)
                           .arg(cpu / divisor)
                           .arg(mem / divisor));
}

void RatioHint::setFindings(const QList<Finding> &findings)
{
    m_findings->setFindings(findings);
}

QString RatioHint::summary() const
{
    return m_summary->text();
}
