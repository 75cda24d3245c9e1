// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "launch/instancebandwidth.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTimer;

// Changes the public bandwidth cap of one running instance: a spin box in Mbps that starts at
// the instance's value, the range it takes, and the bandwidth's price at the new value (CNY per
// hour, or per GB when billed by traffic) once the service has quoted it. OK sends the change
// through the instance's own account (InstanceBandwidth) and closes when the service accepts it;
// a refusal stays in the dialog, in the service's words, to try another value.
class BandwidthDialog : public QDialog
{
    Q_OBJECT

public:
    // `bandwidth` must outlive the dialog. `currentMbps` < 0: not known (the range's default).
    BandwidthDialog(const InstanceBandwidth *bandwidth, const QString &instanceId, int currentMbps,
                    QWidget *parent = nullptr);

    QSpinBox *spinBox() const { return m_spin; }
    // The quote or the problem, as shown.
    QString priceText() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // The service accepted `mbps` for the instance.
    void bandwidthChanged(const QString &instanceId, int mbps);

private:
    void requote();
    void updateOk();

    const InstanceBandwidth *m_bandwidth;
    QString m_instanceId;
    int m_current;
    QSpinBox *m_spin = nullptr;
    QLabel *m_price = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_quoteDelay = nullptr;
    quint64 m_quoteSequence = 0;
    bool m_applying = false;
};
