// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "offer/diskconfig.h"
#include "spec/datadisk.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

// One API 3.0 data disk on the Storage step: its type among the DATA_DISK configs of cbs
// DescribeDiskConfigQuota (the available ones to choose; the others listed, disabled, with why),
// its size in GB with the config's range and step beside it, the config's hourly price when
// the service gave one, and a Remove button. It only reports edits; the page writes them into
// the draft and calls setDisk() again with what the draft holds.
class DataDiskRow : public QWidget
{
    Q_OBJECT

public:
    explicit DataDiskRow(QWidget *parent = nullptr);

    // The disk's position, from 0: names the controls (dataDiskType_0, dataDiskSize_0,
    // removeDataDisk_0) and the label ("Data disk 1").
    void setIndex(int index);
    // Shows `disk` with the DATA_DISK entries of `configs`; with no configs only the disk's own
    // type, and the editors disabled.
    void setDisk(const DataDisk &disk, const QList<DiskConfig> &configs, bool editable);

    QString hintText() const;
    // The size box and the Remove button: where the focus goes after a fix or a removal.
    QWidget *sizeBox() const;
    QWidget *removeButton() const;

Q_SIGNALS:
    void typeChosen(const QString &diskType);
    void sizeChanged(int sizeGb);
    void removeRequested();

private:
    QLabel *m_label = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QSpinBox *m_sizeSpin = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_updating = false;
};
