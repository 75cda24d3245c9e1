// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>

// Where desktop notifications go: the freedesktop notification service over D-Bus, the tray
// icon's balloon, or (in tests) a list. LaunchNotifier decides what to send; an implementation
// only delivers, and never blocks the caller.
class NotificationSender
{
public:
    struct Notification
    {
        QString title;       // one short line: "Launch finished"
        QString body;        // plain text, a line or two
        bool failed = false; // something went wrong: shown as a warning, kept longer

        bool operator==(const Notification &) const = default;
    };

    virtual ~NotificationSender() = default;
    virtual void send(const Notification &notification) = 0;
};
