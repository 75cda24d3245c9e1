// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>

class QLayout;
class QWidget;

// Tab order as drawn. Qt chains widgets in the order they were created, so a fix button made
// when a finding appears came after the wizard's own buttons, and a control created early but
// drawn low came first. These functions read the order from the layouts instead: a box layout's
// items in turn, a form's rows (label, then field), a grid's cells by row then column, and a
// container widget's own layout where it stands.
namespace TabOrder {

// The widgets under `layout` that take the focus, in drawing order; containers without focus
// of their own are entered, focusable widgets are not (a spin box's line edit is its own).
// Hidden widgets are listed too, so the order holds when they are shown.
QList<QWidget *> drawingOrder(const QLayout *layout);

// Makes Tab go through drawingOrder(layout) one after the other (QWidget::setTabOrder), leaving
// the chain before and after them as it was.
void follow(const QLayout *layout);

} // namespace TabOrder
