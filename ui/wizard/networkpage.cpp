// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/networkpage.h"

#include "api/cloudapi.h"
#include "spec/specfields.h"
#include "widgets/findinglabel.h"
#include "wizard/launchdraft.h"
#include "wizard/launchwizard.h"
#include "wizard/securitygrouppicker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

NetworkPage::NetworkPage(LaunchDraft *draft, QWidget *parent)
    : LaunchPage(draft,
                 {SpecField::BandwidthType, SpecField::Bandwidth, SpecField::WanIp,
                  SpecField::SecurityGroupIds},
                 parent)
{
    setTitle(tr("Network"));
    setSubTitle(tr("Choose the network and the public bandwidth."));

    m_basicRadio = new QRadioButton(tr("Basic net&work"), this);
    m_basicRadio->setObjectName(QStringLiteral("basicRadio"));
    m_vpcRadio =
        new QRadioButton(tr("Virtual &private cloud (VPC) — chosen on the next page"), this);
    m_vpcRadio->setObjectName(QStringLiteral("vpcRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_basicRadio);
    group->addButton(m_vpcRadio);

    m_bandwidthTypeCombo = new QComboBox(this);
    m_bandwidthTypeCombo->setObjectName(QStringLiteral("bandwidthTypeCombo"));
    m_bandwidthTypeCombo->setAccessibleName(tr("Bandwidth billing"));
    for (const BandwidthTypeInfo &type : draft->catalog().bandwidthTypes())
        m_bandwidthTypeCombo->addItem(type.name.text(), type.id);
    m_bandwidthSpin = new QSpinBox(this);
    m_bandwidthSpin->setObjectName(QStringLiteral("bandwidthSpin"));
    m_bandwidthSpin->setAccessibleName(tr("Public bandwidth in Mbps"));
    m_bandwidthSpin->setSuffix(tr(" Mbps"));
    const SizeRule bandwidth = draft->catalog().bandwidth();
    m_bandwidthSpin->setRange(bandwidth.min, bandwidth.max * 2);
    m_bandwidthSpin->setSingleStep(bandwidth.step);
    m_wanIpCheck = new QCheckBox(tr("Assign a public &IP"), this);
    m_wanIpCheck->setObjectName(QStringLiteral("wanIpCheck"));
    m_wanIpHint = new QLabel(this);
    m_wanIpHint->setObjectName(QStringLiteral("wanIpHint"));
    m_wanIpHint->setWordWrap(true);

    auto *networkLabel = new QLabel(tr("Network:"), this);
    auto *layout = new QVBoxLayout(body());
    layout->addWidget(networkLabel);
    layout->addWidget(m_basicRadio);
    layout->addWidget(m_vpcRadio);
    auto *form = new QFormLayout;
    form->addRow(tr("Bandwidth bi&lling:"), m_bandwidthTypeCombo);
    form->addRow(addFindingLabel({SpecField::BandwidthType}));
    form->addRow(tr("Bandwidth &cap:"), m_bandwidthSpin);
    form->addRow(addFindingLabel({SpecField::Bandwidth}));
    form->addRow(m_wanIpCheck);
    form->addRow(m_wanIpHint);
    form->addRow(addFindingLabel({SpecField::WanIp}));
    layout->addLayout(form);

    m_groupBox = new QGroupBox(tr("Security groups"), this);
    m_groupBox->setObjectName(QStringLiteral("securityGroupBox"));
    m_groupPicker = new SecurityGroupPicker(m_groupBox);
    m_groupWarning = new QLabel(m_groupBox);
    m_groupWarning->setObjectName(QStringLiteral("securityGroupWarning"));
    m_groupWarning->setWordWrap(true);
    auto *groupLayout = new QVBoxLayout(m_groupBox);
    groupLayout->addWidget(m_groupPicker);
    groupLayout->addWidget(m_groupWarning);
    groupLayout->addWidget(addFindingLabel({SpecField::SecurityGroupIds}));
    m_groupBox->hide();
    layout->addWidget(m_groupBox);
    layout->addStretch(1);
    // Alt+B is the wizard's Back and Alt+V its "Save as template…": none of them here.
    setFieldWidget(SpecField::BandwidthType, m_bandwidthTypeCombo);
    setFieldWidget(SpecField::Bandwidth, m_bandwidthSpin);
    setFieldWidget(SpecField::WanIp, m_wanIpCheck);
    setFieldWidget(SpecField::SecurityGroupIds, m_groupPicker);

    connect(m_groupPicker, &SecurityGroupPicker::chosenChanged, this,
            [this](const QStringList &ids) {
                if (updating())
                    return;
                this->draft()->edit(SpecField::SecurityGroupIds,
                                    [ids](LaunchSpec &spec) { spec.securityGroupIds = ids; });
            });

    connect(m_vpcRadio, &QRadioButton::toggled, this, [this](bool vpc) {
        if (!updating())
            this->draft()->setUsesVpc(vpc, true);
    });
    connect(m_bandwidthTypeCombo, &QComboBox::activated, this, [this] {
        const QString type = m_bandwidthTypeCombo->currentData().toString();
        this->draft()->edit(SpecField::BandwidthType,
                            [type](LaunchSpec &spec) { spec.bandwidthType = type; });
    });
    connect(m_bandwidthSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (updating())
            return;
        this->draft()->edit(SpecField::Bandwidth,
                            [value](LaunchSpec &spec) { spec.bandwidth = value; });
    });
    connect(m_wanIpCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (updating())
            return;
        this->draft()->edit(SpecField::WanIp, [on](LaunchSpec &spec) { spec.wanIp = on; });
    });
}

int NetworkPage::nextId() const
{
    return draft()->usesVpc() ? LaunchWizard::VpcPageId : LaunchWizard::LoginPageId;
}

void NetworkPage::setCloudApi(CloudApi *api)
{
    LaunchPage::setCloudApi(api);
    // Security groups are an API 3.0 input: RunInstancesHour has none. API 3.0 sells only
    // families that run in a VPC: the basic network stays in sight, off, with why.
    const bool v3 = api && api->version() == ApiConfig::Version::V3;
    m_groupBox->setVisible(v3);
    m_basicRadio->setEnabled(!v3);
    m_basicRadio->setToolTip(v3 ? tr("Retired: current instance types run only in a VPC.")
                                : QString());
    if (v3 && !draft()->usesVpc())
        draft()->setUsesVpc(true);
    m_groupPicker->setCloudApi(api);
    m_groupsListed = false;
    if (isVisible() && m_groupBox->isVisibleTo(this)) {
        m_groupPicker->load();
        m_groupsListed = true;
    }
    refresh();
}

void NetworkPage::initializePage()
{
    LaunchPage::initializePage();
    if (m_groupBox->isVisibleTo(this) && !m_groupsListed) {
        m_groupPicker->load();
        m_groupsListed = true;
    }
}

void NetworkPage::refresh()
{
    const LaunchSpec &spec = draft()->spec();
    m_basicRadio->setChecked(!draft()->usesVpc());
    m_vpcRadio->setChecked(draft()->usesVpc());
    const QSignalBlocker typeBlocker(m_bandwidthTypeCombo);
    m_bandwidthTypeCombo->setCurrentIndex(m_bandwidthTypeCombo->findData(spec.bandwidthType));
    const QSignalBlocker spinBlocker(m_bandwidthSpin);
    m_bandwidthSpin->setValue(spec.bandwidth);
    // The service gives a public IP only when there is bandwidth to give it.
    m_wanIpCheck->setChecked(spec.getsPublicIp());
    m_wanIpCheck->setEnabled(spec.bandwidth > 0);
    m_wanIpHint->setText(spec.bandwidth > 0
                             ? tr("With a public IP the instances can be reached from the "
                                  "internet at up to %1 Mbps.")
                                   .arg(spec.bandwidth)
                             : tr("No public IP: with a bandwidth cap of 0 Mbps the service "
                                  "does not assign one. Raise the cap to get a public IP."));

    m_groupPicker->setChosen(spec.securityGroupIds);
    const bool warn = spec.securityGroupIds.isEmpty() && spec.getsPublicIp();
    m_groupWarning->setText(
        warn ? tr("Warning: no security group is chosen, so the instances join the project's "
                  "default security group, which lets every IPv4 address in on every port. With "
                  "a public IP they are open to the whole internet: choose a group that opens "
                  "only what you need.")
             : QString());
    m_groupWarning->setVisible(warn);
}
