// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QQueue>
#include <QString>

// Remembers the Nonce of every accepted API 2.0 request for the replay window (2 hours), per
// SecretId, so that a replayed request is refused with 4500. Old entries are dropped as new ones
// arrive, so memory stays bounded by the request rate times the window.
class NonceCache
{
public:
    static constexpr qint64 DefaultWindowSecs = 2 * 60 * 60;

    explicit NonceCache(qint64 windowSecs = DefaultWindowSecs)
        : m_windowSecs(windowSecs)
    {}

    // True (and remembered) when this nonce was not seen for this account within the window.
    bool remember(const QString &account, const QString &nonce, qint64 nowSecs)
    {
        while (!m_order.isEmpty() && m_order.head().second <= nowSecs - m_windowSecs) {
            const auto [key, seen] = m_order.dequeue();
            if (m_seen.value(key) == seen)
                m_seen.remove(key);
        }
        const QString key = account + u'\n' + nonce;
        if (m_seen.contains(key))
            return false;
        m_seen.insert(key, nowSecs);
        m_order.enqueue({key, nowSecs});
        return true;
    }

private:
    qint64 m_windowSecs;
    QHash<QString, qint64> m_seen;
    QQueue<QPair<QString, qint64>> m_order;
};
