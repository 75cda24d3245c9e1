// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// cvm-sandbox: the sandbox service on its own, for demos, scripts and other clients.
#include "sandbox/sandboxservice.h"
#include "sandbox/signalwatcher.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "cvm-sandbox: " << message << '\n';
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cvm-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CVM_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A local Tencent Cloud CVM service (API 2.0) for trying CVM Launcher and for "
                "tests. Listens on loopback unless told otherwise."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(
        QStringLiteral("host"),
        QCoreApplication::translate("main", "Address to listen on (default 127.0.0.1)."),
        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("main", "Port to listen on; 0 picks a free one (default)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption idOption(
        QStringLiteral("secret-id"),
        QCoreApplication::translate("main", "The SecretId to accept (default: the sandbox's)."),
        QStringLiteral("ID"));
    const QCommandLineOption keyOption(
        QStringLiteral("secret-key"),
        QCoreApplication::translate("main", "The SecretKey to accept (default: the sandbox's)."),
        QStringLiteral("KEY"));
    const QCommandLineOption pendingOption(
        QStringLiteral("pending-ms"),
        QCoreApplication::translate("main", "How long new instances stay 创建中 (default 3000)."),
        QStringLiteral("MS"), QString::number(InstanceStore::DefaultPendingMs));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QCoreApplication::translate("main", "A JSON file of fault rules to inject."),
        QStringLiteral("FILE"));
    const QCommandLineOption quotaOption(
        QStringLiteral("quota-per-zone"),
        QCoreApplication::translate("main", "Pay-by-hour instances an account may have in one "
                                            "zone through API 3.0 (default 30)."),
        QStringLiteral("N"), QString::number(V3World::DefaultQuotaPerZone));
    const QCommandLineOption rateLimitOption(
        QStringLiteral("rate-limit"),
        QCoreApplication::translate("main", "on (default): refuse requests over the real "
                                            "service's rate per SecretId and action with "
                                            "RequestLimitExceeded (API 2.0: 4400); off: no limit."),
        QStringLiteral("on|off"), QStringLiteral("on"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"),
        QCoreApplication::translate("main", "Another rate for one action, in requests per second "
                                            "(e.g. RunInstances=5); may be repeated."),
        QStringLiteral("ACTION=N"));
    parser.addOptions({hostOption, portOption, idOption, keyOption, pendingOption, faultsOption,
                       quotaOption, rateLimitOption, rateOption});
    parser.process(app);

    const QHostAddress host(parser.value(hostOption));
    if (host.isNull())
        return fail(QCoreApplication::translate("main", "--host: \"%1\" is not an IP address.")
                        .arg(parser.value(hostOption)));
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QCoreApplication::translate("main", "--port: give a number from 0 to 65535."));
    const int pendingMs = parser.value(pendingOption).toInt(&ok);
    if (!ok || pendingMs < 0)
        return fail(QCoreApplication::translate("main", "--pending-ms: give a number of "
                                                        "milliseconds, 0 or more."));

    const int quotaPerZone = parser.value(quotaOption).toInt(&ok);
    if (!ok || quotaPerZone < 0)
        return fail(QCoreApplication::translate("main", "--quota-per-zone: give a number of "
                                                        "instances, 0 or more."));

    const QString rateLimit = parser.value(rateLimitOption);
    if (rateLimit != QLatin1String("on") && rateLimit != QLatin1String("off"))
        return fail(QCoreApplication::translate("main", "--rate-limit: give on or off."));

    SandboxService sandbox;
    sandbox.store().setPendingMs(pendingMs);
    sandbox.v3World().setQuotaPerZone(quotaPerZone);
    sandbox.setRateLimited(rateLimit == QLatin1String("on"));
    for (const QString &rate : parser.values(rateOption)) {
        const QString action = rate.section(u'=', 0, 0);
        const int perSecond = rate.section(u'=', 1).toInt(&ok);
        if (action.isEmpty() || !ok || perSecond < 1) {
            return fail(QCoreApplication::translate("main", "--rate: \"%1\" is not ACTION=N with "
                                                            "N requests per second, 1 or more.")
                            .arg(rate));
        }
        sandbox.rateLimiter().setRate(action, perSecond);
    }
    if (parser.isSet(idOption) || parser.isSet(keyOption)) {
        sandbox.accounts().remove(SandboxService::DefaultSecretId);
        sandbox.accounts().add(
            parser.isSet(idOption) ? parser.value(idOption) : SandboxService::DefaultSecretId,
            parser.isSet(keyOption) ? parser.value(keyOption) : SandboxService::DefaultSecretKey);
    }
    if (parser.isSet(faultsOption)) {
        QString error;
        if (!sandbox.faults().loadFile(parser.value(faultsOption), &error))
            return fail(error);
    }
    if (!host.isLoopback()) {
        QTextStream(stderr) << "cvm-sandbox: "
                            << QCoreApplication::translate(
                                   "main", "warning: listening on %1, which is not loopback: "
                                           "anyone who can reach it can use the sandbox's keys.")
                                   .arg(host.toString())
                            << '\n';
    }

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app,
                     [] { QCoreApplication::quit(); });

    if (!sandbox.start(host, static_cast<quint16>(port)))
        return fail(sandbox.errorString());
    // Exactly one line on stdout, flushed: scripts and tests wait for it.
    const QString url = sandbox.endpoint().toString();
    std::fputs(qPrintable(QStringLiteral("listening on %1\n").arg(url)), stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
