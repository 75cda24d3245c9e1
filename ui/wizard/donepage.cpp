// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizard/donepage.h"

#include <QLabel>
#include <QVBoxLayout>

DonePage::DonePage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Launch sent"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("doneLabel"));
    m_label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addStretch(1);
    setFinalPage(true);
}

void DonePage::setLaunched(int instanceCount)
{
    m_label->setText(tr("The launch of %n instance(s) was handed to the launcher. The "
                        "instances table follows each one from 创建中 (creating) to 运行中 "
                        "(running), or shows why it failed. Press Finish to close this wizard.",
                        nullptr, instanceCount));
}
