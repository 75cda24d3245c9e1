// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudapi.h"

#include <QObject>
#include <QTimer>

#include <optional>

class LatestRequest;
class LaunchDraft;

// Keeps an hourly price for the draft: asks InquiryInstancePriceHour about 300 ms after the last
// change that affects the price (typing never sends a request per key), drops answers to older
// inputs, and says why there is no price when there is none.
class PriceQuoter : public QObject
{
    Q_OBJECT

public:
    enum class State { NotReady, Waiting, Loading, Quoted, Failed };

    static constexpr int DebounceMs = 300;

    explicit PriceQuoter(LaunchDraft *draft, QObject *parent = nullptr);

    void setCloudApi(CloudApi *api);
    // Asks again now, e.g. after a failure.
    void refresh();

    State state() const { return m_state; }
    const std::optional<Price> &price() const { return m_price; }
    const ApiError &error() const { return m_error; }
    QString notReadyReason() const { return m_reason; }
    int goodsNum() const { return m_quotedCount; }
    // What one instance of the quoted draft costs, CNY per hour: the instance price plus the
    // bandwidth when it is charged by the hour (not per GB), divided by the quoted count.
    // Absent unless the quote is for the draft as it is now (state() Quoted).
    std::optional<double> perInstanceHour() const;

Q_SIGNALS:
    void stateChanged();

private:
    void onDraftChanged();
    void request();
    void setState(State state);
    // The spec with the fields that cannot change the price blanked out.
    LaunchSpec priceKey() const;

    LaunchDraft *m_draft;
    CloudApi *m_api = nullptr;
    LatestRequest *m_request = nullptr;
    QTimer m_debounce;
    State m_state = State::NotReady;
    std::optional<Price> m_price;
    std::optional<LaunchSpec> m_quotedKey;
    int m_quotedCount = 1;
    ApiError m_error;
    QString m_reason;
};
