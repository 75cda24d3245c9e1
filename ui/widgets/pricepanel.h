// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudtypes.h"

#include <QWidget>

class LoadStatus;
class QLabel;
struct ApiError;

// The hourly price as the service quotes it, with a busy indicator while it is asked and a Retry
// button when asking failed.
class PricePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PricePanel(QWidget *parent = nullptr);

    void setUnavailable(const QString &reason);
    void setWaiting();
    // The quote for the whole launch of `instanceCount` instances (InquiryPriceRunInstances /
    // InquiryInstancePriceHour answer for the count asked), in CNY: one total per hour first
    // (instances plus hourly bandwidth), then its parts, each on its own short line so that no
    // amount wraps in the narrow side panel. Traffic billed per GB is not in the hourly total
    // and says so.
    void setPrice(const Price &price, int instanceCount);
    void setFailed(const ApiError &error);

    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_label = nullptr;
    LoadStatus *m_status = nullptr;
};
