// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QString>
#include <QUrl>

// Everything a backend needs to talk to one account: where, which protocol, which keys.
// Built from a profile (and the keychain) by the accounts code; lives in memory only.
struct ApiConfig
{
    enum class Version { V2, V3 };

    Version version = Version::V2;
    QString region = QStringLiteral("ap-guangzhou");
    // Empty: Tencent's own hosts (cvm/image/vpc.api.qcloud.com for v2, cvm/vpc.tencentcloudapi.com
    // for v3). Otherwise one base URL that serves every module, e.g. the sandbox's
    // http://127.0.0.1:PORT: v2 requests go to <endpoint>/v2/index.php, v3 to <endpoint>/.
    QUrl endpoint;
    QString signatureMethod = QStringLiteral("HmacSHA256"); // API 2.0 only: HmacSHA256 or HmacSHA1
    QString secretId;
    QString secretKey; // never logged, never written outside the keychain
    QString token;     // temporary credentials' session token, usually empty
    // API 3.0's common parameter Language, sent as the X-TC-Language header: "en-US" or "zh-CN"
    // (the service's default), the language of the names some actions answer with (zones,
    // instance families; cvm-api-v3-today.md, tccli --language). Empty: not sent.
    QString language;
};
