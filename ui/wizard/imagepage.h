// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "wizard/launchpage.h"

class LatestRequest;
class LoadStatus;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

// What the instances boot: the image type, then a searchable list from DescribeImages with the
// OS of each image. The chosen image's OS decides the later disk and login rules.
class ImagePage : public LaunchPage
{
    Q_OBJECT

public:
    explicit ImagePage(LaunchDraft *draft, QWidget *parent = nullptr);

    void setCloudApi(CloudApi *api) override;
    void reload();

protected:
    void refresh() override;

private:
    QString instanceTypeFilter() const;
    void showImages(const QList<Image> &images);
    void onImageSelected();

    QComboBox *m_typeCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTreeView *m_imageView = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    LoadStatus *m_status = nullptr;
    QLabel *m_osLabel = nullptr;
    LatestRequest *m_request = nullptr;
    QList<Image> m_images;
    int m_loadedType = -1;
    // API 3.0: the exact InstanceType the list was asked for (DescribeImages InstanceType), so
    // that only images this type can run are offered; empty on API 2.0.
    QString m_loadedInstanceType;
};
