// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QIdentityProxyModel>

// Gives the status column its icon: InstanceModel (in cvmcore, without QIcon) names the icon
// through InstanceModel::StatusIconRole; this proxy turns that into a DecorationRole icon. The
// status text stays beside it, so nothing is told by colour or shape alone.
class StatusIconProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
