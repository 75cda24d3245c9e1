// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the operator asked for on the command line. Parsed before any QApplication exists so that
// --help and --version work without a display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome {
        Run,         // start the GUI
        ShowVersion, // print text() on stdout, exit 0
        ShowHelp,    // print text() on stdout, exit 0
        Error        // print text() on stderr, exit 2
    };

    static CommandLine parse(const QStringList &arguments);

    Outcome outcome() const { return m_outcome; }
    QString text() const { return m_text; }

    // Run: a template to open in the wizard, empty for none.
    QString templatePath() const { return m_templatePath; }
    // Run: --profile NAME (a profile's name or id), empty when not given. Whether it exists is
    // only known once the profiles are loaded; see MainWindow.
    QString profileName() const { return m_profileName; }
    // Run: --endpoint URL, already checked (https, or http to loopback); empty when not given or
    // when it was refused (then problems() says why).
    QUrl endpoint() const { return m_endpoint; }
    // Run: translated problems with options that were ignored so that the app still starts.
    QStringList problems() const { return m_problems; }

private:
    Outcome m_outcome = Outcome::Run;
    QString m_text;
    QString m_templatePath;
    QString m_profileName;
    QUrl m_endpoint;
    QStringList m_problems;
};
