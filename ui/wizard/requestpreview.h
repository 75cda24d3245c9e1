#pragma once

#include "spec/launchspec.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// What the launch will send, for the review page: the RunInstancesHour parameters built from the
// spec. Never a secret: the common parameters (SecretId, Signature, Nonce, Timestamp) are left
// out and a password is only said to be set, never shown.
class RequestPreview
{
    Q_DECLARE_TR_FUNCTIONS(RequestPreview)

public:
    using Parameters = QList<QPair<QString, QString>>;

    // The action's parameters as the API 2.0 builder makes them, without the password.
    static Parameters parameters(const LaunchSpec &spec);
    static QString text(const LaunchSpec &spec);
};
