// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/statusiconproxymodel.h"

#include "launch/instancemodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

QVariant StatusIconProxyModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const QVariant icon = QIdentityProxyModel::data(index, InstanceModel::StatusIconRole);
    if (!icon.isValid())
        return QIdentityProxyModel::data(index, role);
    // Standard style icons exist on every platform, themed or not.
    QStyle::StandardPixmap pixmap = QStyle::SP_BrowserReload;
    switch (InstanceModel::StatusIcon(icon.toInt())) {
    case InstanceModel::StatusIcon::Pending: // 创建中: the service is at work on it
        pixmap = QStyle::SP_BrowserReload;
        break;
    case InstanceModel::StatusIcon::Waiting: // nothing known yet: a question, not progress
        pixmap = QStyle::SP_MessageBoxQuestion;
        break;
    case InstanceModel::StatusIcon::Running:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case InstanceModel::StatusIcon::Stopped:
        pixmap = QStyle::SP_MediaStop;
        break;
    case InstanceModel::StatusIcon::Failed:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case InstanceModel::StatusIcon::Returning:
    case InstanceModel::StatusIcon::Returned:
        pixmap = QStyle::SP_TrashIcon;
        break;
    case InstanceModel::StatusIcon::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    }
    return QApplication::style()->standardIcon(pixmap);
}
