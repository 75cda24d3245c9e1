// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/cloudtypes.h"

#include <QList>
#include <QString>

// The account-independent world of the sandbox: public images, key pairs, VPCs and subnets,
// realistic in shape (ids, names, Chinese display names) and shared by every protocol.
// Zones are not here: they come from the Catalog, the one source of truth for them.
class SandboxData
{
public:
    struct SandboxKeyPair
    {
        KeyPair keyPair;
        QString publicKey;
        QString createTime;
    };
    struct SandboxVpc
    {
        Vpc vpc;
        QString region; // ap-guangzhou, ...
        QString createTime;
    };

    static const QList<Image> &images();
    static const Image *findImage(const QString &imageId);
    static bool isWindows(const Image &image) { return image.osName.startsWith(u"Windows"); }

    static const QList<SandboxKeyPair> &keyPairs();
    static const QList<SandboxVpc> &vpcs();
    static const QList<Subnet> &subnets();
    static const SandboxVpc *findVpc(const QString &vpcId);
    static const Subnet *findSubnet(const QString &subnetId);
};
