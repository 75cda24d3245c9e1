// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apierror.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The state of one asynchronous load beside the control it fills: a busy bar while it runs, and
// on failure what went wrong with a Retry button. Hidden when there is nothing to say.
class LoadStatus : public QWidget
{
    Q_OBJECT

public:
    explicit LoadStatus(const QString &what, QWidget *parent = nullptr);

    void setLoading();
    void setFailed(const ApiError &error);
    // The load answered with nothing: `message` says so and what to do, without Retry.
    void setEmpty(const QString &message);
    void setDone();

    bool isLoading() const { return m_loading; }
    bool hasFailed() const { return m_failed; }
    QString text() const;

    // A message that says what happened and what to do, for any error of a load.
    static QString describe(const QString &what, const ApiError &error);

Q_SIGNALS:
    void retryRequested();

private:
    QString m_what;
    QLabel *m_label = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_retry = nullptr;
    bool m_loading = false;
    bool m_failed = false;
};
