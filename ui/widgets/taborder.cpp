// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "widgets/taborder.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLayout>
#include <QWidget>

#include <algorithm>
#include <tuple>

namespace {

void collectLayout(const QLayout *layout, QList<QWidget *> &out);

void collectItem(QLayoutItem *item, QList<QWidget *> &out)
{
    if (!item)
        return;
    if (QWidget *widget = item->widget()) {
        // Any focus, not only Tab's: Qt moves TabFocus between a button group's radio buttons.
        if (widget->focusPolicy() != Qt::NoFocus)
            out.append(widget);
        else if (const QLayout *own = widget->layout())
            collectLayout(own, out);
    } else if (const QLayout *nested = item->layout()) {
        collectLayout(nested, out);
    }
}

void collectLayout(const QLayout *layout, QList<QWidget *> &out)
{
    if (const auto *form = qobject_cast<const QFormLayout *>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            for (const QFormLayout::ItemRole role :
                 {QFormLayout::SpanningRole, QFormLayout::LabelRole, QFormLayout::FieldRole})
                collectItem(form->itemAt(row, role), out);
        }
        return;
    }
    if (const auto *grid = qobject_cast<const QGridLayout *>(layout)) {
        QList<std::tuple<int, int, int>> cells; // row, column, index
        for (int i = 0; i < grid->count(); ++i) {
            int row = 0;
            int column = 0;
            int rowSpan = 0;
            int columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            cells.append({row, column, i});
        }
        std::sort(cells.begin(), cells.end());
        for (const auto &[row, column, index] : std::as_const(cells))
            collectItem(grid->itemAt(index), out);
        return;
    }
    for (int i = 0; i < layout->count(); ++i)
        collectItem(layout->itemAt(i), out);
}

} // namespace

QList<QWidget *> TabOrder::drawingOrder(const QLayout *layout)
{
    QList<QWidget *> out;
    if (layout)
        collectLayout(layout, out);
    return out;
}

void TabOrder::follow(const QLayout *layout)
{
    const QList<QWidget *> order = drawingOrder(layout);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}
