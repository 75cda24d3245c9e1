// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "dialogs/preferencesdialog.h"

#include "i18n/languagepreference.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_languageBox = new QComboBox(this);
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    for (const QString &choice : LanguagePreference::choices())
        m_languageBox->addItem(LanguagePreference::displayName(choice), choice);
    const QString current = LanguagePreference::read(QSettings());
    m_languageBox->setCurrentIndex(qMax(0, m_languageBox->findData(current)));

    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageBox);
    auto *restartNote =
        new QLabel(tr("A new language is used the next time CVM Launcher starts."), this);
    restartNote->setObjectName(QStringLiteral("restartNote"));
    restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(languageLabel, m_languageBox);
    form->addRow(QString(), restartNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    // Wide enough that the note wraps at most once in either language.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString PreferencesDialog::languageChoice() const
{
    return m_languageBox->currentData().toString();
}

void PreferencesDialog::accept()
{
    QSettings settings;
    LanguagePreference::write(settings, languageChoice());
    QDialog::accept();
}
