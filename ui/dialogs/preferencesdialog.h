// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>

class QComboBox;

// Application preferences. Today that is the interface language: it is stored at once and takes
// effect the next time the app starts, because every open window would otherwise have to
// retranslate itself.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The language choice as stored: "system", "en" or "zh_CN".
    QString languageChoice() const;

    void accept() override;

private:
    QComboBox *m_languageBox = nullptr;
};
