// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "spec/launchspec.h"

#include <QCoreApplication>
#include <QString>

class CloudApi;

// What the launch will send, for the review page, as the profile's own backend builds it
// (CloudApi::previewRunInstances): API 2.0 shows RunInstancesHour's parameters, API 3.0 the
// X-TC-Action header and the JSON body. Never a secret: the signature and SecretId are left out
// and a password appears only as a mask.
class RequestPreview
{
    Q_DECLARE_TR_FUNCTIONS(RequestPreview)

public:
    // The first request of the launch (a count above InstanceCount::PerRequest is sent as
    // several; the text then says how many and of what sizes), the backend's notes, and why it
    // cannot be sent when it cannot. Without a backend (no profile yet), a sentence saying so.
    static QString text(const LaunchSpec &spec, const CloudApi *api);
    // The same first request as a tccli command (API 3.0; empty otherwise or without a backend).
    static QString cliCommand(const LaunchSpec &spec, const CloudApi *api);
};
