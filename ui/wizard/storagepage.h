// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/datadisk.h"
#include "wizard/launchpage.h"

#include <functional>

class DataDiskRow;
class DiskConfigLoader;
class LoadStatus;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

// Disks, as the profile's protocol sells them.
//
// API 2.0 (the seed's world): the one data disk's type among those the catalog's family takes,
// its size (0 = none) within the type's range, and the system disk size as the image's OS allows.
//
// API 3.0: what cbs DescribeDiskConfigQuota says fits the chosen zone, family, cores and memory
// (DiskConfigLoader): the system disk's type (系统盘, SystemDisk.DiskType) and size (unset: 50 GB),
// and 0 to 20 data disks (数据盘, DataDisks), each with its type and size. While the configs load
// the page says so and its editors wait (Next does not: the findings come when the answer does,
// and the review page shows them); a failure shows the error with Retry and never falls back to
// the catalog's types. Local disks (LocalDiskTypeList) are not offered.
class StoragePage : public LaunchPage
{
    Q_OBJECT

public:
    explicit StoragePage(LaunchDraft *draft, QWidget *parent = nullptr);

    void setCloudApi(CloudApi *api) override;
    DiskConfigLoader *diskConfigLoader() const { return m_loader; }

protected:
    void refresh() override;
    void initializePage() override;
    // A data disk fix focuses the size box of the disk it changed, not "Add data disk".
    void focusAfterFix(SpecField field, const LaunchSpec &before) override;

private:
    QWidget *buildV2Panel();
    QWidget *buildV3Panel();
    bool isV3() const;
    void refreshV2();
    void refreshV3();
    void addDataDisk();
    void editDataDisk(int index, const std::function<void(QList<DataDisk> &)> &change);

    DiskConfigLoader *m_loader = nullptr;
    QWidget *m_v2Panel = nullptr;
    QWidget *m_v3Panel = nullptr;

    // API 2.0
    QComboBox *m_typeCombo = nullptr;
    QSpinBox *m_sizeSpin = nullptr;
    QLabel *m_sizeHint = nullptr;
    QSpinBox *m_rootSpin = nullptr;
    QLabel *m_rootHint = nullptr;

    // API 3.0
    LoadStatus *m_diskStatus = nullptr;
    QLabel *m_queryLabel = nullptr;
    QComboBox *m_systemTypeCombo = nullptr;
    QLabel *m_systemNotice = nullptr;
    QSpinBox *m_v3RootSpin = nullptr;
    QLabel *m_v3RootHint = nullptr;
    QLabel *m_dataCountLabel = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QList<DataDiskRow *> m_rows;
    QPushButton *m_addDataDisk = nullptr;
};
