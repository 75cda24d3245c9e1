// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "widgets/passwordchecklist.h"

#include <QLabel>
#include <QVBoxLayout>

PasswordChecklist::PasswordChecklist(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    setAccessibleName(tr("Password rules"));
}

void PasswordChecklist::setItems(const QList<Item> &items)
{
    if (items == m_items)
        return;
    m_items = items;
    while (m_labels.size() < m_items.size()) {
        auto *label = new QLabel(this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        m_layout->addWidget(label);
        m_labels.append(label);
    }
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        QLabel *label = m_labels.at(i);
        if (i >= m_items.size()) {
            label->hide();
            continue;
        }
        const Item &item = m_items.at(i);
        // ✓ and ✗ for the eye, the words for everyone (and for screen readers).
        label->setText(item.met ? tr("✓ Met: %1").arg(item.text)
                                : tr("✗ Not yet: %1").arg(item.text));
        label->setAccessibleName(label->text());
        label->setEnabled(true);
        label->show();
    }
}

QString PasswordChecklist::text() const
{
    QStringList lines;
    for (qsizetype i = 0; i < m_items.size(); ++i)
        lines << m_labels.at(i)->text();
    return lines.join(QLatin1Char('\n'));
}
