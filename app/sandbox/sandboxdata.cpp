// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/sandboxdata.h"

#include <QDateTime>

namespace {

Image publicImage(const char *id, const QString &name, const QString &description,
                  const char *created)
{
    Image image;
    image.imageId = QLatin1String(id);
    image.name = name;
    image.osName = name;
    image.description = description;
    image.imageType = 2;
    image.createTime = QDateTime::fromString(QLatin1String(created), Qt::ISODate);
    return image;
}

Subnet subnet(const char *id, const char *vpcId, const QString &name, const char *cidr, int zoneId,
              int available)
{
    Subnet s;
    s.subnetId = QLatin1String(id);
    s.vpcId = QLatin1String(vpcId);
    s.name = name;
    s.cidrBlock = QLatin1String(cidr);
    s.zoneIds = {zoneId};
    s.availableIps = available;
    return s;
}

} // namespace

const QList<Image> &SandboxData::images()
{
    // The first four ids are the public images cvm-api.md names; the rest follow their pattern.
    static const QList<Image> list = {
        publicImage("img-31tjrtph", QStringLiteral("CentOS 7.2 64位"),
                    QStringLiteral("CentOS 7.2 64位"), "2016-05-24T16:20:11"),
        publicImage("img-3wnd9xpl", QStringLiteral("Ubuntu Server 14.04.1 LTS 64位"),
                    QStringLiteral("Ubuntu Server 14.04.1 LTS 64位"), "2015-11-02T10:02:33"),
        publicImage("img-pyqx34y1", QStringLiteral("Ubuntu 16.04.1 LTS 64位"),
                    QStringLiteral("Ubuntu Server 16.04.1 LTS 64位"), "2016-09-14T18:45:02"),
        publicImage("img-egif9bvl", QStringLiteral("Windows Server 2012 R2 数据中心版 64位中文版"),
                    QStringLiteral("Windows Server 2012 R2 数据中心版 64位中文版"),
                    "2016-03-08T09:12:40"),
        publicImage("img-6ns5om13", QStringLiteral("CentOS 6.8 64位"),
                    QStringLiteral("CentOS 6.8 64位"), "2016-06-20T11:31:58"),
        publicImage("img-dkwyg6sr", QStringLiteral("Debian 8.2 64位"),
                    QStringLiteral("Debian 8.2 64位"), "2016-01-11T15:03:27"),
        publicImage("img-0vbqvzfn", QStringLiteral("Windows Server 2016 数据中心版 64位中文版"),
                    QStringLiteral("Windows Server 2016 数据中心版 64位中文版"),
                    "2016-11-21T14:50:09"),
        publicImage("img-hdt9xxkt", QStringLiteral("Windows Server 2008 R2 企业版 SP1 64位"),
                    QStringLiteral("Windows Server 2008 R2 企业版 SP1 64位中文版"),
                    "2015-07-30T08:41:16"),
    };
    return list;
}

const Image *SandboxData::findImage(const QString &imageId)
{
    for (const Image &image : images()) {
        if (image.imageId == imageId)
            return &image;
    }
    return nullptr;
}

const QList<SandboxData::SandboxKeyPair> &SandboxData::keyPairs()
{
    static const QList<SandboxKeyPair> list = {
        {{QStringLiteral("skey-5kfo2sqr"), QStringLiteral("sandbox_ops")},
         QStringLiteral("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDSANDBOXsandboxOPSkeyNOTreal "
                        "sandbox_ops"),
         QStringLiteral("2016-08-02 10:15:30")},
        {{QStringLiteral("skey-3glfot13"), QStringLiteral("sandbox_deploy")},
         QStringLiteral("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDSANDBOXsandboxDEPLOYkeyNOTreal "
                        "sandbox_deploy"),
         QStringLiteral("2016-10-19 17:42:05")},
    };
    return list;
}

const QList<SandboxData::SandboxVpc> &SandboxData::vpcs()
{
    static const QList<SandboxVpc> list = {
        {{QStringLiteral("vpc-2ari9m7h"), QStringLiteral("sandbox-prod"),
          QStringLiteral("10.0.0.0/16")},
         QStringLiteral("ap-guangzhou"),
         QStringLiteral("2016-07-11 09:30:00")},
        {{QStringLiteral("vpc-m0a7b9kd"), QStringLiteral("sandbox-test"),
          QStringLiteral("172.16.0.0/16")},
         QStringLiteral("ap-guangzhou"),
         QStringLiteral("2016-09-02 14:00:00")},
        {{QStringLiteral("vpc-8e4ml2qv"), QStringLiteral("sandbox-shanghai"),
          QStringLiteral("192.168.0.0/16")},
         QStringLiteral("ap-shanghai"),
         QStringLiteral("2016-10-28 11:20:00")},
    };
    return list;
}

const QList<Subnet> &SandboxData::subnets()
{
    static const QList<Subnet> list = {
        subnet("subnet-ls9zm1zp", "vpc-2ari9m7h", QStringLiteral("prod-广州三区"), "10.0.1.0/24",
               100003, 251),
        subnet("subnet-7dn2yfvz", "vpc-2ari9m7h", QStringLiteral("prod-广州四区"), "10.0.2.0/24",
               100004, 248),
        subnet("subnet-k3x0c7ua", "vpc-m0a7b9kd", QStringLiteral("test-广州二区"), "172.16.1.0/24",
               100002, 253),
        subnet("subnet-q5wd1n8e", "vpc-8e4ml2qv", QStringLiteral("shanghai-上海一区"),
               "192.168.1.0/24", 200001, 250),
    };
    return list;
}

const SandboxData::SandboxVpc *SandboxData::findVpc(const QString &vpcId)
{
    for (const SandboxVpc &vpc : vpcs()) {
        if (vpc.vpc.vpcId == vpcId)
            return &vpc;
    }
    return nullptr;
}

const Subnet *SandboxData::findSubnet(const QString &subnetId)
{
    for (const Subnet &s : subnets()) {
        if (s.subnetId == subnetId)
            return &s;
    }
    return nullptr;
}
