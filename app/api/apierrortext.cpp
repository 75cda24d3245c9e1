// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/apierrortext.h"

#include "api/errorcodes.h"

QString ApiErrorText::forCode(int code)
{
    const ErrorCodes::Entry *entry = ErrorCodes::forCode(code);
    if (!entry)
        return {};
    const QString advice = QCoreApplication::translate("ApiErrorText", entry->advice);
    // The 4101-4110 range shares one text that names the code.
    return advice.contains(QLatin1String("%1")) ? advice.arg(code) : advice;
}

QString ApiErrorText::forCodeString(const QString &codeString)
{
    const ErrorCodes::Entry *entry = ErrorCodes::forCodeString(codeString);
    if (!entry)
        return {};
    return codeString + QStringLiteral(": ") +
           QCoreApplication::translate("ApiErrorText", entry->advice);
}

QString ApiErrorText::forKind(ApiError::Kind kind, int httpStatus)
{
    switch (kind) {
    case ApiError::Kind::Transport:
        return tr("The server could not be reached — check the network connection and the "
                  "endpoint of this profile");
    case ApiError::Kind::Timeout:
        return tr("The server did not answer in time — check the network connection and try "
                  "again");
    case ApiError::Kind::Cancelled:
        return tr("The request was cancelled");
    case ApiError::Kind::Http:
        if (httpStatus >= 500)
            return tr("The server failed with HTTP status %1 — try again later").arg(httpStatus);
        return tr("The server answered with HTTP status %1 — check the endpoint of this profile")
            .arg(httpStatus);
    case ApiError::Kind::Malformed:
        return tr("The server's answer was not understood — check the endpoint of this profile; "
                  "if it is right, the service changed and the app needs an update");
    case ApiError::Kind::Service:
        return tr("The service refused the request");
    case ApiError::Kind::Refused:
        return tr("The request was not sent");
    }
    return {};
}

QString ApiErrorText::describe(const ApiError &error)
{
    QString advice;
    if (error.kind == ApiError::Kind::Service) {
        advice = forCodeString(error.codeString);
        if (advice.isEmpty())
            advice = forCode(error.code);
        if (advice.isEmpty()) {
            const QString code =
                !error.codeString.isEmpty() ? error.codeString : QString::number(error.code);
            advice = tr("%1: the service refused the request").arg(code);
        }
    } else {
        advice = forKind(error.kind, error.httpStatus);
    }
    if (error.message.isEmpty())
        return advice + u'.';
    if (error.kind == ApiError::Kind::Service || error.kind == ApiError::Kind::Http)
        return tr("%1. (Server: %2)").arg(advice, error.message);
    return tr("%1: %2").arg(advice, error.message);
}
