// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/vpcpage.h"

#include "spec/specfields.h"
#include "widgets/findinglabel.h"
#include "widgets/loadstatus.h"
#include "wizard/latestrequest.h"
#include "wizard/launchdraft.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>

VpcPage::VpcPage(LaunchDraft *draft, QWidget *parent)
    : LaunchPage(draft, {SpecField::VpcId, SpecField::SubnetId, SpecField::IsVpcGateway}, parent)
{
    setTitle(tr("Virtual private cloud"));
    setSubTitle(tr("Choose the VPC and a subnet in the chosen zone."));
    m_vpcRequest = new LatestRequest(this);
    m_subnetRequest = new LatestRequest(this);

    m_vpcCombo = new QComboBox(this);
    m_vpcCombo->setObjectName(QStringLiteral("vpcCombo"));
    m_vpcCombo->setAccessibleName(tr("VPC"));
    m_vpcStatus = new LoadStatus(tr("the VPCs"), this);
    m_subnetCombo = new QComboBox(this);
    m_subnetCombo->setObjectName(QStringLiteral("subnetCombo"));
    m_subnetCombo->setAccessibleName(tr("Subnet"));
    m_subnetStatus = new LoadStatus(tr("the subnets"), this);
    m_gatewayCheck = new QCheckBox(tr("Act as the VPC's public &gateway"), this);
    m_gatewayCheck->setObjectName(QStringLiteral("gatewayCheck"));

    auto *form = new QFormLayout(body());
    // Alt+V is the wizard's "Save as template…".
    form->addRow(tr("V&PC:"), m_vpcCombo);
    form->addRow(m_vpcStatus);
    form->addRow(addFindingLabel({SpecField::VpcId}));
    form->addRow(tr("&Subnet:"), m_subnetCombo);
    form->addRow(m_subnetStatus);
    form->addRow(addFindingLabel({SpecField::SubnetId}));
    form->addRow(m_gatewayCheck);
    form->addRow(addFindingLabel({SpecField::IsVpcGateway}));

    setFieldWidget(SpecField::VpcId, m_vpcCombo);
    setFieldWidget(SpecField::SubnetId, m_subnetCombo);
    setFieldWidget(SpecField::IsVpcGateway, m_gatewayCheck);

    connect(m_vpcStatus, &LoadStatus::retryRequested, this, &VpcPage::reloadVpcs);
    connect(m_subnetStatus, &LoadStatus::retryRequested, this, &VpcPage::reloadSubnets);
    connect(m_vpcCombo, &QComboBox::activated, this, [this] {
        const QString vpcId = m_vpcCombo->currentData().toString();
        this->draft()->edit(SpecField::VpcId, [vpcId](LaunchSpec &spec) {
            if (spec.vpcId != vpcId)
                spec.subnetId.clear(); // a subnet belongs to one VPC
            spec.vpcId = vpcId;
        });
        reloadSubnets();
    });
    connect(m_subnetCombo, &QComboBox::activated, this, [this] {
        const QString subnetId = m_subnetCombo->currentData().toString();
        this->draft()->edit(SpecField::SubnetId,
                            [subnetId](LaunchSpec &spec) { spec.subnetId = subnetId; });
    });
    connect(m_gatewayCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (updating())
            return;
        this->draft()->edit(SpecField::IsVpcGateway,
                            [on](LaunchSpec &spec) { spec.isVpcGateway = on; });
    });
}

void VpcPage::setCloudApi(CloudApi *api)
{
    LaunchPage::setCloudApi(api);
    reloadVpcs();
}

bool VpcPage::isComplete() const
{
    // Choosing VPC on the previous page makes both ids required.
    const LaunchSpec &spec = draft()->spec();
    return LaunchPage::isComplete() && !spec.vpcId.isEmpty() && !spec.subnetId.isEmpty();
}

void VpcPage::initializePage()
{
    LaunchPage::initializePage();
    if (draft()->spec().vpcId.isEmpty() && m_vpcCombo->count() > 0)
        draft()->applyDefault(SpecField::VpcId, m_vpcCombo->itemData(0).toString());
    if (m_subnetsVpc != draft()->spec().vpcId)
        reloadSubnets();
    else if (m_shownZone != draft()->spec().zoneId)
        showSubnets();
}

void VpcPage::reloadVpcs()
{
    CloudApi *api = cloudApi();
    if (!api)
        return;
    m_vpcStatus->setLoading();
    m_vpcRequest->start<QList<Vpc>>(
        [api](QObject *context, CloudApi::Callback<QList<Vpc>> done) {
            return api->describeVpcs(context, std::move(done));
        },
        [this](const ApiResult<QList<Vpc>> &result) {
            if (!result.ok()) {
                m_vpcStatus->setFailed(result.error);
                return;
            }
            if (result.value->isEmpty())
                m_vpcStatus->setEmpty(tr("This account has no VPC in this region. Create one "
                                         "in the console, or go back and choose the basic "
                                         "network."));
            else
                m_vpcStatus->setDone();
            showVpcs(*result.value);
        });
}

void VpcPage::showVpcs(const QList<Vpc> &vpcs)
{
    const QSignalBlocker blocker(m_vpcCombo);
    m_vpcCombo->clear();
    for (const Vpc &vpc : vpcs)
        m_vpcCombo->addItem(tr("%1 (%2, %3)").arg(vpc.name, vpc.vpcId, vpc.cidrBlock), vpc.vpcId);
    if (!draft()->isTouched(SpecField::VpcId) && draft()->spec().vpcId.isEmpty() &&
        !vpcs.isEmpty() && draft()->usesVpc())
        draft()->applyDefault(SpecField::VpcId, vpcs.first().vpcId);
    refresh();
    reloadSubnets();
}

void VpcPage::reloadSubnets()
{
    CloudApi *api = cloudApi();
    const QString vpcId = draft()->spec().vpcId;
    m_subnets.clear();
    m_subnetsVpc = vpcId;
    draft()->setSubnets(std::nullopt);
    showSubnets();
    if (!api || vpcId.isEmpty()) {
        m_subnetRequest->cancel();
        m_subnetStatus->setDone();
        return;
    }
    m_subnetStatus->setLoading();
    m_subnetRequest->start<QList<Subnet>>(
        [api, vpcId](QObject *context, CloudApi::Callback<QList<Subnet>> done) {
            return api->describeSubnets(vpcId, context, std::move(done));
        },
        [this](const ApiResult<QList<Subnet>> &result) {
            if (!result.ok()) {
                m_subnetStatus->setFailed(result.error);
                return;
            }
            m_subnetStatus->setDone();
            m_subnets = *result.value;
            draft()->setSubnets(m_subnets); // lets the validator check the subnet's zone
            showSubnets();
        });
}

void VpcPage::showSubnets()
{
    const int zoneId = draft()->spec().zoneId;
    m_shownZone = zoneId;
    const QSignalBlocker blocker(m_subnetCombo);
    m_subnetCombo->clear();
    int inZone = 0;
    for (const Subnet &subnet : std::as_const(m_subnets)) {
        if (!subnet.zoneIds.isEmpty() && !subnet.zoneIds.contains(zoneId))
            continue;
        // One string each: the languages write the free count after the name differently.
        const QString text =
            subnet.availableIps >= 0
                ? tr("%1 (%2, %3), %n address(es) free", nullptr, subnet.availableIps)
                      .arg(subnet.name, subnet.subnetId, subnet.cidrBlock)
                : tr("%1 (%2, %3)").arg(subnet.name, subnet.subnetId, subnet.cidrBlock);
        m_subnetCombo->addItem(text, subnet.subnetId);
        ++inZone;
    }
    // No subnet in the zone is said once, by the subnet's finding with its ways out (the zones
    // where the VPC has one, or no VPC): the status line only tells loading and failures.
    if (!m_subnetStatus->isLoading() && !m_subnetStatus->hasFailed())
        m_subnetStatus->setDone();
    const QString subnetId = draft()->spec().subnetId;
    if (subnetId.isEmpty() && inZone > 0 && !draft()->isTouched(SpecField::SubnetId))
        draft()->applyDefault(SpecField::SubnetId, m_subnetCombo->itemData(0).toString());
    refresh();
}

void VpcPage::refresh()
{
    const LaunchSpec &spec = draft()->spec();
    const QSignalBlocker vpcBlocker(m_vpcCombo);
    m_vpcCombo->setCurrentIndex(m_vpcCombo->findData(spec.vpcId));
    const QSignalBlocker subnetBlocker(m_subnetCombo);
    m_subnetCombo->setCurrentIndex(m_subnetCombo->findData(spec.subnetId));
    m_gatewayCheck->setChecked(spec.isVpcGateway);
}
