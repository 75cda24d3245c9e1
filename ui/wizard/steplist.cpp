// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/steplist.h"

#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QVBoxLayout>

StepList::StepList(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    setAccessibleName(tr("Steps"));
    setObjectName(QStringLiteral("stepList"));
}

void StepList::setSteps(const QList<Step> &steps, int currentId)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    while (m_labels.size() < steps.size()) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setCursor(Qt::PointingHandCursor);
        label->installEventFilter(this);
        box->insertWidget(static_cast<int>(m_labels.size()), label);
        m_labels.append(label);
    }
    // As wide as the widest text a step can have (bold, marked current, needing attention with
    // two-digit errors) from the start: a list that widened when a mark appeared moved the page
    // beside it.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = metrics.horizontalAdvance(tr("   ⚠ needs attention (%n error(s))", nullptr, 99));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString title = tr("%1. %2").arg(i + 1).arg(steps.at(i).title);
        widest = qMax(widest, metrics.horizontalAdvance(tr("▶ %1").arg(title)));
    }
    const QMargins margins = layout()->contentsMargins();
    setMinimumWidth(widest + margins.left() + margins.right());

    m_ids.clear();
    for (const Step &step : steps)
        m_ids.append(step.id);
    int number = 0;
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        QLabel *label = m_labels.at(i);
        if (i >= steps.size() || !steps.at(i).visible) {
            label->hide();
            continue;
        }
        const Step &step = steps.at(i);
        QString text = tr("%1. %2").arg(++number).arg(step.title);
        if (step.errors > 0)
            text +=
                QLatin1Char('\n') + tr("   ⚠ needs attention (%n error(s))", nullptr, step.errors);
        const bool current = step.id == currentId;
        if (current)
            text = tr("▶ %1").arg(text);
        QFont font = label->font();
        font.setBold(current);
        label->setFont(font);
        label->setText(text);
        label->setAccessibleName(current ? tr("Current step: %1").arg(text) : text);
        label->show();
    }
}

bool StepList::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const qsizetype index = m_labels.indexOf(qobject_cast<QLabel *>(watched));
        if (index >= 0 && index < m_ids.size())
            Q_EMIT stepClicked(m_ids.at(index));
    }
    return QWidget::eventFilter(watched, event);
}

QString StepList::text() const
{
    QStringList lines;
    for (const QLabel *label : m_labels) {
        if (!label->isHidden())
            lines << label->text();
    }
    return lines.join(QLatin1Char('\n'));
}
