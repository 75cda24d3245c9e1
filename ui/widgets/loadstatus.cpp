#include "widgets/loadstatus.h"

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
    m_retry->show();
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
    QString cause;
    switch (error.kind) {
    case ApiError::Kind::Transport:
        cause = tr("the service could not be reached");
        break;
    case ApiError::Kind::Timeout:
        cause = tr("the service did not answer in time");
        break;
    case ApiError::Kind::Cancelled:
        cause = tr("the request was cancelled");
        break;
    case ApiError::Kind::Http:
        cause = tr("the service answered with HTTP status %1").arg(error.httpStatus);
        break;
    case ApiError::Kind::Malformed:
        cause = tr("the service's answer could not be read");
        break;
    case ApiError::Kind::Service:
        cause = tr("the service refused the request");
        break;
    case ApiError::Kind::Refused:
        cause = tr("the request is not allowed with this profile");
        break;
    }
    QString detail = error.message;
    if (error.code != 0 || !error.codeString.isEmpty()) {
        const QString code =
            error.codeString.isEmpty() ? QString::number(error.code) : error.codeString;
        detail = detail.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(detail, code);
    }
    QString text = tr("Could not load %1: %2.").arg(what, cause);
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + tr("The service said: %1.").arg(detail);
    text += QLatin1Char(' ') + tr("Check the connection and the profile, then press Retry.");
    return text;
}
