// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLayout>
#include <QList>

// Items left to right, wrapping to a new row when the next one does not fit: a finding's fix
// buttons ("Use Guangzhou Zone 3 (changes the Location step)", …) in the width the page has,
// rather than one row that made the page scroll sideways. Qt ships no such layout (its flow
// layout is an example, not part of QtWidgets), and no Debian package offers one for Qt 6.
// Spacing is the style's; the height for a width is given (hasHeightForWidth), so a scroll area
// or a box layout gives it the rows it needs.
class FlowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int horizontalGap() const;
    int verticalGap() const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};
