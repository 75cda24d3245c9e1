// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "widgets/loadstatus.h"

#include "api/apierrortext.h"
#include "i18n/sentences.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

LoadStatus::LoadStatus(const QString &what, QWidget *parent)
    : QWidget(parent)
    , m_what(what)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate: we never know how long the service takes
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_busy->setAccessibleName(tr("Loading %1").arg(what));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("Retr&y"), this);
    m_retry->setAccessibleName(tr("Retry loading %1").arg(what));
    m_retry->setAutoDefault(false);
    layout->addWidget(m_busy);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &LoadStatus::retryRequested);
    setDone();
}

void LoadStatus::setLoading()
{
    m_loading = true;
    m_failed = false;
    m_label->setText(tr("Loading %1…").arg(m_what));
    m_busy->show();
    m_retry->hide();
    show();
}

void LoadStatus::setFailed(const ApiError &error)
{
    m_loading = false;
    m_failed = true;
    m_label->setText(describe(m_what, error));
    m_busy->hide();
    m_retry->show();
    show();
}

void LoadStatus::setEmpty(const QString &message)
{
    m_loading = false;
    m_failed = false;
    m_label->setText(message);
    m_busy->hide();
    m_retry->hide(); // an empty list is an answer, not a failure: nothing to retry
    show();
}

void LoadStatus::setDone()
{
    m_loading = false;
    m_failed = false;
    m_label->clear();
    hide();
}

QString LoadStatus::text() const
{
    return m_label->text();
}

QString LoadStatus::describe(const QString &what, const ApiError &error)
{
    // What went wrong and what to do come from the one place that words API errors.
    return Sentences::join(tr("Could not load %1.").arg(what), ApiErrorText::describe(error));
}
