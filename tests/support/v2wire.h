// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/transportrequest.h"
#include "api/v2/v2signer.h"

#include <QString>

// Reads an API 2.0 request back the way the service does, to check what the client sent.
namespace V2Wire {

// Splits and percent-decodes a form body; '+' is a space, as in any form decoder.
V2Signer::Parameters decodeForm(const QByteArray &body);
QString value(const V2Signer::Parameters &params, const QString &name);
bool has(const V2Signer::Parameters &params, const QString &name);
// Recomputes the signature over the decoded parameters and the URL's host[:port]/path.
bool signatureValid(const TransportRequest &request, const QString &secretKey);

} // namespace V2Wire
