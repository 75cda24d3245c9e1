// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "launch/launchtreemodel.h"

#include <QAbstractItemModel>
#include <QList>
#include <QModelIndex>

// The instance rows (not the launch rows) of the instances tree or a proxy over it, in the
// order the view shows them (each launch's instances under it), at `column`.
inline QList<QModelIndex> instanceRows(const QAbstractItemModel *model, int column = 0)
{
    QList<QModelIndex> rows;
    for (int launch = 0; launch < model->rowCount(); ++launch) {
        const QModelIndex parent = model->index(launch, 0);
        for (int row = 0; row < model->rowCount(parent); ++row)
            rows << model->index(row, column, parent);
    }
    return rows;
}
