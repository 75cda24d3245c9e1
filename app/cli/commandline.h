#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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

private:
    Outcome m_outcome = Outcome::Run;
    QString m_text;
    QString m_templatePath;
};
