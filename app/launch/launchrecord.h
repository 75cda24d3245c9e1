// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One RunInstances request of a launch: at most 100 instances under one clientToken. The token is
// chosen once, written to the journal before the request leaves, and reused for every resend, so
// the service creates the batch at most once whatever happens to this process.
struct BatchRecord
{
    enum class State {
        Planned,     // in the journal, not sent yet
        Sent,        // the request may have left; no answer recorded
        Answered,    // the service gave instance ids
        Failed,      // the service (or this app) said no for good; `error` says why
        Unconfirmed, // sent, but the outcome is not known (answer lost, InternalError, ...) or
                     // the service said "not now" past every retry; `error` says which. Open:
                     // asked again later with the same clientToken
    };

    int count = 0;
    QString clientToken;
    State state = State::Planned;
    QStringList instanceIds;
    QString error; // translated, for the table and the details pane

    bool isOpen() const
    {
        return state == State::Planned || state == State::Sent || state == State::Unconfirmed;
    }
    bool operator==(const BatchRecord &) const = default;
};

// One launch as the operator asked for it: the spec without its password (spec.goodsNum is the
// whole count), the profile whose account runs it and the region it ran in, and its batches in
// order. Every later request about its instances (DescribeInstances, return) goes through that
// profile's keys, endpoint and API version, in that region, whatever profile is selected then.
struct LaunchRecord
{
    QString id; // a UUID without braces
    QDateTime createdAt;
    // Empty: the account is not known (see LaunchRecordJson); nothing is sent for the launch.
    QString profileId;
    // The API region (ap-guangzhou...). Empty in journals written before it was recorded: the
    // profile's own region then, the region those launches were sent to unless it was edited.
    QString region;
    LaunchSpec spec;
    // The spec had a password: resending a batch needs it back from the SecretStore.
    bool needsPassword = false;
    // Every batch's password entry is known to be gone from the SecretStore. Until then a
    // settled launch is swept at start-up (the app may have quit before a removal ran).
    bool passwordsRemoved = false;
    QList<BatchRecord> batches;
    // What one instance of the launch costs, CNY per hour: the price quote the wizard showed
    // when Launch was pressed (InquiryInstancePriceHour / InquiryPriceRunInstances: the
    // instance's hourly price plus its bandwidth when that is charged by the hour), divided by
    // the quoted count. Absent: there was no quote (no connected account, the inquiry failed,
    // journals written before prices were recorded); the views then say "price unknown".
    std::optional<double> pricePerInstanceHour;
    // The operator archived the launch: views leave it out unless asked to show archived ones.
    // Reversible, and the record stays in the journal either way.
    bool archived = false;

    bool isOpen() const
    {
        for (const BatchRecord &batch : batches) {
            if (batch.isOpen())
                return true;
        }
        return false;
    }
    QStringList instanceIds() const
    {
        QStringList ids;
        for (const BatchRecord &batch : batches)
            ids += batch.instanceIds;
        return ids;
    }
    bool operator==(const LaunchRecord &) const = default;
};
