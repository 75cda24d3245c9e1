// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"

#include <QObject>
#include <QPointer>

#include <functional>

// At most one call of a kind in flight, and only the answer to the latest inputs counts. Each
// start() cancels the previous call and bumps a generation; an answer whose generation is no
// longer current (the inputs changed meanwhile) is dropped, so a slow answer can never overwrite
// a newer one. The object is the callbacks' context: when it dies, nothing runs.
class LatestRequest : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~LatestRequest() override { cancel(); }

    template<typename T>
    using Starter = std::function<ApiCall *(QObject *context, CloudApi::Callback<T> done)>;

    template<typename T>
    void start(const Starter<T> &starter, std::function<void(const ApiResult<T> &)> handle)
    {
        cancel();
        const int generation = ++m_generation;
        m_running = true;
        ApiCall *call = starter(this, [this, generation, handle](const ApiResult<T> &result) {
            if (generation != m_generation)
                return;
            m_running = false;
            m_call = nullptr;
            handle(result);
        });
        if (m_running)
            m_call = call;
    }

    // Forgets the call in flight; its answer, whenever it comes, is dropped.
    void cancel()
    {
        ++m_generation;
        m_running = false;
        if (QPointer<ApiCall> call = std::exchange(m_call, nullptr))
            call->cancel();
    }

    bool isRunning() const { return m_running; }
    int generation() const { return m_generation; }

private:
    QPointer<ApiCall> m_call;
    int m_generation = 0;
    bool m_running = false;
};
