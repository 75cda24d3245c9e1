// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A non-modal bar for what went wrong in the background (a poll round, a return): an icon, the
// message and a Close button, above the table where the operator looks. It never takes the
// focus and never blocks; the next message replaces the current one.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    QString text() const;

public Q_SLOTS:
    // Shows `text` (plain text); an empty text hides the bar.
    void showMessage(const QString &text);
    // Hides the bar when it still shows `text` (the problem went away).
    void clearMessage(const QString &text);

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};
