// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/servicespage.h"

#include "spec/specfields.h"
#include "widgets/findinglabel.h"
#include "wizard/launchdraft.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <limits>

ServicesPage::ServicesPage(LaunchDraft *draft, QWidget *parent)
    : LaunchPage(draft,
                 {SpecField::NeedSecurityAgent, SpecField::NeedMonitorAgent, SpecField::ProjectId},
                 parent)
{
    setTitle(tr("Services and project"));
    setSubTitle(tr("Choose the agents installed on the instances and the project they belong "
                   "to."));

    m_securityCheck = new QCheckBox(tr("Install the cloud &security agent"), this);
    m_securityCheck->setObjectName(QStringLiteral("securityCheck"));
    m_monitorCheck = new QCheckBox(tr("Install the cloud &monitor agent"), this);
    m_monitorCheck->setObjectName(QStringLiteral("monitorCheck"));
    m_projectSpin = new QSpinBox(this);
    m_projectSpin->setObjectName(QStringLiteral("projectSpin"));
    m_projectSpin->setAccessibleName(tr("Project ID"));
    m_projectSpin->setRange(0, std::numeric_limits<int>::max());
    m_projectSpin->setSpecialValueText(tr("Default project (0)"));
    auto *projectHint = new QLabel(tr("The project's numeric ID from the console; 0 is the "
                                      "default project."),
                                   this);
    projectHint->setWordWrap(true);

    auto *form = new QFormLayout(body());
    form->addRow(m_securityCheck);
    form->addRow(addFindingLabel({SpecField::NeedSecurityAgent}));
    form->addRow(m_monitorCheck);
    form->addRow(addFindingLabel({SpecField::NeedMonitorAgent}));
    form->addRow(tr("&Project ID:"), m_projectSpin);
    form->addRow(projectHint);
    form->addRow(addFindingLabel({SpecField::ProjectId}));

    setFieldWidget(SpecField::NeedSecurityAgent, m_securityCheck);
    setFieldWidget(SpecField::NeedMonitorAgent, m_monitorCheck);
    setFieldWidget(SpecField::ProjectId, m_projectSpin);

    connect(m_securityCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!updating())
            this->draft()->edit(SpecField::NeedSecurityAgent,
                                [on](LaunchSpec &spec) { spec.needSecurityAgent = on; });
    });
    connect(m_monitorCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!updating())
            this->draft()->edit(SpecField::NeedMonitorAgent,
                                [on](LaunchSpec &spec) { spec.needMonitorAgent = on; });
    });
    connect(m_projectSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (!updating())
            this->draft()->edit(SpecField::ProjectId,
                                [value](LaunchSpec &spec) { spec.projectId = value; });
    });
}

void ServicesPage::refresh()
{
    const LaunchSpec &spec = draft()->spec();
    m_securityCheck->setChecked(spec.needSecurityAgent);
    m_monitorCheck->setChecked(spec.needMonitorAgent);
    m_projectSpin->setValue(spec.projectId);
}
