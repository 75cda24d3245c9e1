// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/pagedcall.h"

#include "api/apierrorfactory.h"

PagedCall::PagedCall(const QString &action, QObject *context, QObject *parent)
    : ApiCall(parent)
    , m_action(action)
    , m_context(context)
    , m_scoped(context != nullptr)
{
    if (context) {
        // Nobody is left to tell: stop the page in flight and go away without a callback.
        connect(context, &QObject::destroyed, this, [this] {
            if (m_done)
                return;
            m_done = true;
            if (ApiCall *page = m_page.data())
                page->cancel(); // scoped to us: its callback is dropped with us
            Q_EMIT finished();
            deleteLater();
        });
    }
}

PagedCall::Next PagedCall::next(qsizetype received, qsizetype lastPage, int totalCount, int limit,
                                int pages)
{
    if (lastPage <= 0 || lastPage < limit)
        return Next::Complete; // an empty or short page is the last one
    if (totalCount >= 0 && received >= totalCount)
        return Next::Complete;
    if (pages >= MaxPages)
        return Next::TooManyPages;
    return Next::More;
}

void PagedCall::start(Step step, Finish finish)
{
    m_step = std::move(step);
    m_finish = std::move(finish);
    fetch();
}

void PagedCall::fetch()
{
    ++m_pages;
    ApiCall *page = m_step(int(m_received), this);
    m_page = page;
    if (page) {
        connect(page, &ApiCall::retrying, this, &ApiCall::retrying);
    }
}

void PagedCall::onPage(const ApiError *error, qsizetype items, int totalCount)
{
    m_page = nullptr;
    if (m_done)
        return;
    if (error) {
        complete(*error);
        return;
    }
    m_received += items;
    switch (next(m_received, items, totalCount, PageSize, m_pages)) {
    case Next::Complete:
        complete(std::nullopt);
        return;
    case Next::TooManyPages:
        complete(ApiErrorFactory::malformed(
            m_action, tr("The list did not end after %1 pages of %2 items; the answer is not "
                         "believable, so none of it is used.")
                          .arg(MaxPages)
                          .arg(PageSize)));
        return;
    case Next::More:
        fetch();
        return;
    }
}

void PagedCall::cancel()
{
    if (m_done)
        return;
    if (ApiCall *page = m_page.data()) {
        page->cancel(); // comes back through onPage() with a Cancelled error
        return;
    }
    complete(ApiErrorFactory::cancelled(m_action));
}

void PagedCall::complete(const std::optional<ApiError> &error)
{
    if (m_done)
        return;
    m_done = true;
    // Pages answer from the event loop already; deliver from it too so that a refusal of the
    // first page cannot call back inside the caller's own call.
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (!m_scoped || m_context) {
                if (m_finish)
                    m_finish(error ? &*error : nullptr);
            }
            Q_EMIT finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}
