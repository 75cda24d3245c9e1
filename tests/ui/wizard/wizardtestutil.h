// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "wizard/launchwizard.h"

#include <QAbstractButton>
#include <QTest>

// Small helpers shared by the wizard tests (header-only; each test is its own executable).
namespace WizardTest {

template<typename T>
T *find(QWidget *root, const QString &name)
{
    T *widget = root->findChild<T *>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

// Presses Next (or Launch) the way a user does; returns false when the button is disabled.
inline bool pressNext(LaunchWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    if (wizard.currentPage()->isCommitPage())
        next = wizard.button(QWizard::CommitButton);
    if (!next->isVisible() || !next->isEnabled())
        return false;
    QTest::mouseClick(next, Qt::LeftButton);
    return true;
}

} // namespace WizardTest
