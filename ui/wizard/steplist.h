// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QWidget>

class QLabel;

// The wizard's side panel: every step by name, the current one marked, and steps with errors
// marked "needs attention" in words (not by colour alone).
class StepList : public QWidget
{
    Q_OBJECT

public:
    explicit StepList(QWidget *parent = nullptr);

    struct Step
    {
        int id = 0;
        QString title;
        bool visible = true;
        int errors = 0;
    };

    void setSteps(const QList<Step> &steps, int currentId);
    QString text() const;

Q_SIGNALS:
    // A step's name was clicked.
    void stepClicked(int id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QLabel *> m_labels;
    QList<int> m_ids; // the step of each label
};
