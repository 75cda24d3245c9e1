// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"
#include "api/listpage.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>
#include <memory>

// Reads a listing to the end, one page after the other (Offset/Limit ≤ 100), for either protocol:
// the one paging loop behind describeImages, describeKeyPairs, describeVpcs, describeSubnets and
// describeSecurityGroups. It stops at the first short or empty page or once TotalCount items have
// arrived, whichever comes first; after MaxPages full pages it gives up with a Malformed error, so
// a TotalCount that lies (or a service that repeats a page) cannot keep it asking forever.
//
// It is an ApiCall like the others: it finishes exactly once, from the event loop; cancel()
// cancels the page in flight; its context going away stops it without a callback; a page's
// retries are forwarded as retrying().
class PagedCall : public ApiCall
{
    Q_OBJECT

public:
    static constexpr int PageSize = 100; // the services' maximum Limit
    static constexpr int MaxPages = 50;  // 5,000 items: far above any real account's list

    // Starts the page at `offset` with `limit`; calls `done` exactly once (or never, when the
    // context it was given is gone) with the page or its error.
    template<typename T>
    using FetchPage = std::function<ApiCall *(int offset, int limit, QObject *context,
                                              CloudApi::Callback<ListPage<T>> done)>;

    // What to do after a page: go on, stop (the list is complete), or give up (too many pages).
    enum class Next { More, Complete, TooManyPages };
    // The loop's rule, pure: `received` items so far, of which `lastPage` in the last page.
    static Next next(qsizetype received, qsizetype lastPage, int totalCount, int limit, int pages);

    // Reads every page of `action` through `fetch` and hands the concatenated list to `done`.
    // `parent` owns the call (the backend).
    template<typename T>
    static ApiCall *collect(const QString &action, FetchPage<T> fetch, QObject *context,
                            CloudApi::Callback<QList<T>> done, QObject *parent);

    void cancel() override;

private:
    using Step = std::function<ApiCall *(int offset, PagedCall *self)>;
    using Finish = std::function<void(const ApiError *error)>;

    PagedCall(const QString &action, QObject *context, QObject *parent);
    void start(Step step, Finish finish);
    void fetch();
    // A page arrived: `error` or `items` items with `totalCount`.
    void onPage(const ApiError *error, qsizetype items, int totalCount);
    void complete(const std::optional<ApiError> &error);

    QString m_action;
    QPointer<QObject> m_context;
    bool m_scoped;
    Step m_step;
    Finish m_finish;
    QPointer<ApiCall> m_page;
    qsizetype m_received = 0;
    int m_pages = 0;
    bool m_done = false;
};

template<typename T>
ApiCall *PagedCall::collect(const QString &action, FetchPage<T> fetch, QObject *context,
                            CloudApi::Callback<QList<T>> done, QObject *parent)
{
    auto *call = new PagedCall(action, context, parent);
    auto items = std::make_shared<QList<T>>();
    Step step = [fetch = std::move(fetch), items](int offset, PagedCall *self) {
        return fetch(offset, PageSize, self, [self, items](const ApiResult<ListPage<T>> &page) {
            if (!page.ok()) {
                self->onPage(&page.error, 0, -1);
                return;
            }
            items->append(page.value->items);
            self->onPage(nullptr, page.value->items.size(), page.value->totalCount);
        });
    };
    Finish finish = [items, done = std::move(done)](const ApiError *error) {
        ApiResult<QList<T>> result;
        if (error)
            result.error = *error;
        else
            result.value = std::move(*items);
        if (done)
            done(result);
    };
    call->start(std::move(step), std::move(finish));
    return call;
}
