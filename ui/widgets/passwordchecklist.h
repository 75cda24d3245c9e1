// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

// The password rules as a live checklist: one line per rule, each saying in words whether it is
// met ("Met" / "Not yet"), so the state is never told by colour or icon alone.
class PasswordChecklist : public QWidget
{
    Q_OBJECT

public:
    struct Item
    {
        QString text;
        bool met = false;

        bool operator==(const Item &) const = default;
    };

    explicit PasswordChecklist(QWidget *parent = nullptr);

    void setItems(const QList<Item> &items);
    const QList<Item> &items() const { return m_items; }
    QString text() const;

private:
    QList<Item> m_items;
    QVBoxLayout *m_layout = nullptr;
    QList<QLabel *> m_labels;
};
