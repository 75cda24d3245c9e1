// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QTemporaryDir>

// A private HOME and XDG tree for one end-to-end test process, set up before QApplication so
// that settings, the journal, the last launch and the app data land where the test can inspect
// (and remove) them. The D-Bus session and its keyring (scripts/run-tests.sh) are kept.
class IsolatedHome
{
public:
    IsolatedHome();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};
