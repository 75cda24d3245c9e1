// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "cli/commandline.h"

#include "credentials/endpointcheck.h"
#include "version.h"

#include <QCommandLineParser>
#include <QFileInfo>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Launch pay-by-hour Tencent Cloud CVM instances, or try it all on the built-in "
           "sandbox."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("template"),
                                 tr("A launch template (.json) to open in the wizard."),
                                 QStringLiteral("[template]"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        tr("Start on the profile with this name (see Profiles… in the app), e.g. Sandbox."),
        tr("name"));
    parser.addOption(profileOption);
    const QCommandLineOption endpointOption(
        QStringLiteral("endpoint"),
        tr("Send this run's requests to URL instead of the profile's endpoint: https, or plain "
           "http only to this computer (127.0.0.1, ::1, localhost)."),
        tr("url"));
    parser.addOption(endpointOption);

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.m_outcome = Outcome::Error;
        result.m_text =
            parser.errorText() + u'\n' +
            tr("Run \"%1 --help\" to see the options.").arg(QStringLiteral("cvm-launcher")) + u'\n';
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.m_outcome = Outcome::ShowVersion;
        result.m_text = QStringLiteral(CVM_APPLICATION_NAME " " CVM_VERSION_STRING "\n");
        return result;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        result.m_outcome = Outcome::ShowHelp;
        // With no application object yet, Qt cannot know the executable's name.
        result.m_text = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                  QFileInfo(arguments.value(0)).fileName());
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        result.m_outcome = Outcome::Error;
        result.m_text = tr("Only one template can be opened at a time.") + u'\n';
        return result;
    }
    if (!positional.isEmpty())
        result.m_templatePath = positional.first();

    // Mistakes in these two leave the app usable: it starts anyway and shows what was ignored.
    if (parser.isSet(profileOption)) {
        result.m_profileName = parser.value(profileOption).trimmed();
        if (result.m_profileName.isEmpty())
            result.m_problems << tr("--profile was given without a profile name; starting on the "
                                    "last used profile.");
    }
    if (parser.isSet(endpointOption)) {
        const EndpointCheck::Result endpoint = EndpointCheck::check(parser.value(endpointOption));
        if (!endpoint.ok()) {
            result.m_problems << tr("--endpoint was ignored: %1").arg(endpoint.error);
        } else if (endpoint.url.isEmpty()) {
            result.m_problems << tr("--endpoint was given an empty address and was ignored; the "
                                    "profile's own endpoint is used.");
        } else {
            result.m_endpoint = endpoint.url;
        }
    }
    return result;
}
