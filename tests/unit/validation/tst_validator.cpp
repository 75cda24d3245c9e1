// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "i18n/translations.h"
#include "spec/instancecount.h"
#include "spec/launchspecjson.h"
#include "validation/validator.h"

#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseSpecIsClean();
    void rules_data();
    void rules();
    void everySuggestionFixesItsFinding_data() { rules_data(); }
    void everySuggestionFixesItsFinding();
    void ratioHintNamesRatiosAndChoices();
    void countsAndListsReadAsWritten();
    void passwordClassesNameWhatIsMissing();
    void messagesNeverHoldThePassword();
    void missingFieldsCanWait();
    void sandboxGetsTheFirstError();
    void oneRequestTakesAtMostOneRequestsCount();
};

namespace {

const QString Unset = QStringLiteral("<unset>");

const QStringList ParameterNames = {
    QStringLiteral("zoneId"),    QStringLiteral("cpu"),          QStringLiteral("mem"),
    QStringLiteral("imageType"), QStringLiteral("storageType"),  QStringLiteral("storageSize"),
    QStringLiteral("rootSize"),  QStringLiteral("bandwidth"),    QStringLiteral("bandwidthType"),
    QStringLiteral("wanIp"),     QStringLiteral("isVpcGateway"), QStringLiteral("vpcId"),
    QStringLiteral("subnetId"),  QStringLiteral("password"),     QStringLiteral("keyId"),
    QStringLiteral("goodsNum"),  QStringLiteral("instanceName"), QStringLiteral("clientToken"),
    QStringLiteral("projectId"), QStringLiteral("instanceType"), QStringLiteral("imageId")};

// A full launch that breaks no rule: Linux image, password, VPC.
LaunchSpec baseSpec()
{
    LaunchSpec s;
    s.region = QStringLiteral("ap-guangzhou");
    s.zoneId = 100003;
    s.instanceType = QStringLiteral("CVM.S2");
    s.cpu = 2;
    s.mem = 4;
    s.imageId = QStringLiteral("img-31tjrtph");
    s.imageType = LaunchSpec::PublicImage;
    s.bandwidth = 10;
    s.vpcId = QStringLiteral("vpc-abc12345");
    s.subnetId = QStringLiteral("subnet-xyz98765");
    s.storageType = 2;
    s.storageSize = 100;
    s.rootSize = 20;
    s.password = QStringLiteral("abcdefg1");
    s.clientToken = QStringLiteral("9b2f6e0c-6f3a-4a55-9a52-1d9c5f4a0b11");
    s.instanceName = QStringLiteral("build-01");
    return s;
}

QList<Subnet> knownSubnets()
{
    Subnet here;
    here.subnetId = QStringLiteral("subnet-xyz98765");
    here.vpcId = QStringLiteral("vpc-abc12345");
    here.name = QStringLiteral("here");
    here.zoneIds = {100003};
    Subnet there = here;
    there.subnetId = QStringLiteral("subnet-there000");
    there.name = QStringLiteral("there");
    there.zoneIds = {100004};
    Subnet alsoHere = here;
    alsoHere.subnetId = QStringLiteral("subnet-also0000");
    alsoHere.name = QStringLiteral("also here");
    return {here, there, alsoHere};
}

// The row's spec: the base with the JSON patch applied (keys are parameter names), and the
// password set separately since the JSON form never carries one.
LaunchSpec rowSpec(const QString &patch, const QString &password)
{
    QJsonObject o = LaunchSpecJson::write(baseSpec());
    const QJsonObject p = QJsonDocument::fromJson(patch.toUtf8()).object();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull())
            o.remove(it.key());
        else
            o.insert(it.key(), it.value());
    }
    const auto read = LaunchSpecJson::read(o);
    if (!read.ok())
        qFatal("bad test patch %s: %s", qPrintable(patch), qPrintable(read.error));
    LaunchSpec s = read.spec;
    if (password == Unset)
        s.password.reset();
    else
        s.password = password;
    return s;
}

ValidationContext rowContext(int os, bool subnetsKnown)
{
    ValidationContext c;
    c.imageOs = OsFamily(os);
    if (subnetsKnown)
        c.subnets = knownSubnets();
    c.locale = QLocale(QLocale::English);
    return c;
}

QString describe(const Findings &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.field + QLatin1Char('/') + f.code + QLatin1String(": ") + f.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TestValidator::baseSpecIsClean()
{
    const Findings f =
        Validator::validate(baseSpec(), Catalog::builtIn(), rowContext(int(OsFamily::Linux), true));
    QVERIFY2(f.isEmpty(), qPrintable(describe(f)));
}

void TestValidator::rules_data()
{
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("os");
    QTest::addColumn<bool>("subnetsKnown");
    QTest::addColumn<QString>("field"); // empty: the row must pass (no error, no warning)
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("severity");

    const int linux = int(OsFamily::Linux);
    const int windows = int(OsFamily::Windows);
    const int unknown = int(OsFamily::Unknown);
    const int error = int(Finding::Severity::Error);
    const int warning = int(Finding::Severity::Warning);
    const int info = int(Finding::Severity::Info);
    const QString pw = QStringLiteral("abcdefg1");
    const QString winPw = QStringLiteral("Abcdefgh1234");
    auto row = [](const char *name, const char *patch, const QString &password, int os,
                  const char *field = "", const char *code = "", int severity = 0,
                  bool subnets = false) {
        QTest::newRow(name) << QString::fromUtf8(patch) << password << os << subnets
                            << QString::fromLatin1(field) << QString::fromLatin1(code) << severity;
    };

    // required
    row("required pass", "{}", pw, linux);
    row("zoneId required", R"({"zoneId": 0})", pw, linux, "zoneId", "required", error);
    row("cpu required", R"({"cpu": 0})", pw, linux, "cpu", "required", error);
    row("mem required", R"({"mem": 0})", pw, linux, "mem", "required", error);
    row("imageId required", R"({"imageId": ""})", pw, linux, "imageId", "required", error);
    row("imageType required", R"({"imageType": 0})", pw, linux, "imageType", "required", error);
    // zone
    row("zone pass", R"({"zoneId": 200001, "region": "ap-shanghai"})", pw, linux);
    row("zone unknown", R"({"zoneId": 123})", pw, linux, "zoneId", "unknown", error);
    row("zone region", R"({"region": "ap-shanghai"})", pw, linux, "zoneId", "region", error);
    // instance type
    row("type default S1", R"({"instanceType": "", "zoneId": 100001})", pw, linux);
    row("type unknown", R"({"instanceType": "CVM.X1"})", pw, linux, "instanceType", "unknown",
        error);
    row("type sold pass", R"({"instanceType": "CVM.S1", "zoneId": 100001})", pw, linux);
    row("type not sold", R"({"zoneId": 100001})", pw, linux, "instanceType", "notSold", error);
    // cpu and mem
    row("pair pass", R"({"instanceType": "CVM.M2", "cpu": 4, "mem": 32})", pw, linux);
    row("cpu not offered", R"({"cpu": 3})", pw, linux, "cpu", "cpu", error);
    row("cpu not offered any mem", R"({"cpu": 3, "mem": 5})", pw, linux, "cpu", "cpu", error);
    row("ratio", R"({"instanceType": "CVM.M2", "cpu": 4, "mem": 16})", pw, linux, "mem", "ratio",
        error);
    row("ratio no cpu for mem", R"({"cpu": 2, "mem": 5})", pw, linux, "mem", "ratio", error);
    // image type
    row("imageType pass", R"({"imageType": 4})", pw, linux);
    row("imageType range", R"({"imageType": 5})", pw, linux, "imageType", "range", error);
    // storage type
    row("storageType pass", R"({"instanceType": "CVM.C2", "cpu": 4, "mem": 8, "storageType": 4})",
        pw, linux);
    row("storageType not allowed", R"({"instanceType": "CVM.I1", "zoneId": 100001})", pw, linux,
        "storageType", "notAllowed", error);
    row("storageType unknown", R"({"storageType": 9})", pw, linux, "storageType", "unknown", error);
    // storage size
    row("storageSize zero", R"({"storageSize": 0})", pw, linux);
    row("storageSize max", R"({"storageSize": 4000})", pw, linux);
    row("storageSize below", R"({"storageSize": 5})", pw, linux, "storageSize", "range", error);
    row("storageSize above", R"({"storageSize": 4010})", pw, linux, "storageSize", "range", error);
    row("storageSize negative", R"({"storageSize": -10})", pw, linux, "storageSize", "range",
        error);
    row("storageSize step", R"({"storageSize": 105})", pw, linux, "storageSize", "step", error);
    row("storageSize ssd local",
        R"({"instanceType": "CVM.I1", "zoneId": 100001, "storageType": 3, "storageSize": 260})", pw,
        linux, "storageSize", "range", error);
    // system disk
    row("rootSize linux pass", R"({"rootSize": 50})", pw, linux);
    row("rootSize unset", R"({"rootSize": null})", winPw, unknown);
    row("rootSize linux range", R"({"rootSize": 60})", pw, linux, "rootSize", "range", error);
    row("rootSize linux step", R"({"rootSize": 25})", pw, linux, "rootSize", "step", error);
    row("rootSize windows pass", R"({"rootSize": 50})", winPw, windows);
    row("rootSize windows fixed", R"({"rootSize": 20})", winPw, windows, "rootSize", "fixed",
        error);
    row("rootSize unknown pass", R"({"rootSize": 50})", winPw, unknown);
    row("rootSize unknown warns", R"({"rootSize": 30})", winPw, unknown, "rootSize", "osUnknown",
        warning);
    row("rootSize unknown never", R"({"rootSize": 35})", winPw, unknown, "rootSize", "range",
        error);
    // bandwidth
    row("bandwidth pass", R"({"bandwidth": 100, "bandwidthType": "PayByTraffic"})", pw, linux);
    row("bandwidth above", R"({"bandwidth": 101})", pw, linux, "bandwidth", "range", error);
    row("bandwidth negative", R"({"bandwidth": -1})", pw, linux, "bandwidth", "range", error);
    row("bandwidthType unknown", R"({"bandwidthType": "Monthly"})", pw, linux, "bandwidthType",
        "unknown", error);
    // public IP
    row("wanIp pass", R"({"wanIp": true})", pw, linux);
    row("wanIp off without bandwidth", R"({"wanIp": false, "bandwidth": 0})", pw, linux);
    row("wanIp without bandwidth", R"({"wanIp": true, "bandwidth": 0})", pw, linux, "wanIp",
        "noPublicIp", warning);
    // gateway
    row("gateway pass", R"({"isVpcGateway": true})", pw, linux);
    row("gateway needs vpc", R"({"isVpcGateway": true, "vpcId": "", "subnetId": ""})", pw, linux,
        "isVpcGateway", "needsVpc", error);
    row("gateway needs ip", R"({"isVpcGateway": true, "wanIp": false})", pw, linux, "isVpcGateway",
        "needsPublicIp", error);
    row("gateway needs bandwidth", R"({"isVpcGateway": true, "bandwidth": 0})", pw, linux,
        "isVpcGateway", "needsPublicIp", error);
    // VPC and subnet
    row("basic network", R"({"vpcId": "", "subnetId": ""})", pw, linux);
    row("vpc without subnet", R"({"subnetId": ""})", pw, linux, "subnetId", "pair", error, true);
    // Issue 18, item 4: the VPC's subnets are known and none is in the zone: one finding, whose
    // fixes are the zones where it has one and no VPC (never "choose a subnet" of an empty list).
    row("vpc no subnet in zone", R"({"subnetId": "", "zoneId": 100001})", pw, linux, "subnetId",
        "noSubnetInZone", error, true);
    row("subnet without vpc", R"({"vpcId": ""})", pw, linux, "vpcId", "pair", error, true);
    row("subnet known pass", "{}", pw, linux, "", "", 0, true);
    row("subnet unknown", R"({"subnetId": "subnet-nothere0"})", pw, linux, "subnetId", "unknown",
        error, true);
    row("subnet other zone", R"({"subnetId": "subnet-there000"})", pw, linux, "subnetId", "zone",
        error, true);
    row("subnet unchecked without data", R"({"subnetId": "subnet-nothere0"})", pw, linux);
    // passwords
    row("linux password pass", "{}", QStringLiteral("Ab1|()`~!@#$%^&*"), linux);
    row("linux password short", "{}", QStringLiteral("abc1"), linux, "password", "length", error);
    row("linux password long", "{}", QStringLiteral("abcdefgh12345678X"), linux, "password",
        "length", error);
    row("linux password classes", "{}", QStringLiteral("abcdefgh"), linux, "password", "classes",
        error);
    row("linux password characters", "{}", QStringLiteral("abc def12"), linux, "password",
        "characters", error);
    row("windows password pass", R"({"rootSize": 50})", winPw, windows);
    row("windows password short", "{}", QStringLiteral("Abcdefg1234"), windows, "password",
        "length", error);
    row("windows password classes", "{}", QStringLiteral("abcdefgh1234"), windows, "password",
        "classes", error);
    row("windows password pipe", "{}", QStringLiteral("Abcdefgh123|"), windows, "password",
        "characters", error);
    row("unknown os password pass", R"({"rootSize": null})", winPw, unknown);
    row("unknown os password windows", "{}", pw, unknown, "password", "length", warning);
    row("unknown os password bad", "{}", QStringLiteral("abc"), unknown, "password", "length",
        error);
    // keys
    row("key pass", R"({"keyId": "skey-12345678"})", Unset, linux);
    row("key and password", R"({"keyId": "skey-12345678"})", pw, linux, "keyId", "conflict", error);
    row("key on windows", R"({"keyId": "skey-12345678", "rootSize": 50})", Unset, windows, "keyId",
        "windowsKey", error);
    row("key unknown os", R"({"keyId": "skey-12345678", "rootSize": 50})", Unset, unknown, "keyId",
        "osUnknown", warning);
    row("no password no key", "{}", Unset, linux, "password", "generated", info);
    // counts and names
    row("goodsNum pass", R"({"goodsNum": 100})", pw, linux);
    row("goodsNum zero", R"({"goodsNum": 0})", pw, linux, "goodsNum", "range", error);
    // A launch's count: above one request's 100 is fine (the launcher batches), up to the cap.
    row("goodsNum launch of 250", R"({"goodsNum": 250})", pw, linux);
    row("goodsNum launch cap", R"({"goodsNum": 1000})", pw, linux);
    row("goodsNum above the cap", R"({"goodsNum": 1001})", pw, linux, "goodsNum", "range", error);
    row("name pass",
        R"({"instanceName": "构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机"})",
        pw, linux);
    row("name long",
        R"({"instanceName": "构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机构建机x"})",
        pw, linux, "instanceName", "length", error);
    row("token pass",
        R"({"clientToken": "0123456789012345678901234567890123456789012345678901234567890123"})",
        pw, linux);
    row("token long",
        R"({"clientToken": "01234567890123456789012345678901234567890123456789012345678901234"})",
        pw, linux, "clientToken", "length", error);
    row("token ascii", R"({"clientToken": "tøken"})", pw, linux, "clientToken", "ascii", error);
    row("projectId pass", R"({"projectId": 0})", pw, linux);
    row("projectId negative", R"({"projectId": -1})", pw, linux, "projectId", "range", error);
}

void TestValidator::rules()
{
    QFETCH(QString, patch);
    QFETCH(QString, password);
    QFETCH(int, os);
    QFETCH(bool, subnetsKnown);
    QFETCH(QString, field);
    QFETCH(QString, code);
    QFETCH(int, severity);

    const Findings findings = Validator::validate(rowSpec(patch, password), Catalog::builtIn(),
                                                  rowContext(os, subnetsKnown));
    for (const Finding &f : findings) {
        QVERIFY2(ParameterNames.contains(f.field), qPrintable(f.field));
        QVERIFY(!f.message.isEmpty());
        for (const Suggestion &s : f.suggestions) {
            QVERIFY2(ParameterNames.contains(s.field), qPrintable(s.field));
            QVERIFY(!s.label.isEmpty());
        }
    }
    if (field.isEmpty()) {
        for (const Finding &f : findings)
            QVERIFY2(f.severity == Finding::Severity::Info, qPrintable(describe(findings)));
        return;
    }
    const Finding *f = findings.find(field, code);
    QVERIFY2(f, qPrintable(describe(findings)));
    QCOMPARE(int(f->severity), severity);
}

void TestValidator::everySuggestionFixesItsFinding()
{
    QFETCH(QString, patch);
    QFETCH(QString, password);
    QFETCH(int, os);
    QFETCH(bool, subnetsKnown);

    QFETCH(QString, field);
    QFETCH(QString, code);

    const LaunchSpec spec = rowSpec(patch, password);
    const ValidationContext context = rowContext(os, subnetsKnown);
    const Findings findings = Validator::validate(spec, Catalog::builtIn(), context);
    // Every finding that has a value to offer must offer it; only these have none: a missing
    // value, a password (never suggested), a non-ASCII token and the generated-password note.
    static const QStringList withoutFixes = {
        QStringLiteral("required"),   QStringLiteral("length"), QStringLiteral("classes"),
        QStringLiteral("characters"), QStringLiteral("ascii"),  QStringLiteral("generated")};
    if (!field.isEmpty() && !withoutFixes.contains(code)) {
        const Finding *expected = findings.find(field, code);
        QVERIFY(expected);
        QVERIFY2(!expected->suggestions.isEmpty(), qPrintable(field + QLatin1Char('/') + code));
    }
    for (const Finding &f : findings) {
        for (const Suggestion &s : f.suggestions) {
            LaunchSpec fixed = spec;
            QVERIFY2(s.applyTo(fixed), qPrintable(s.field));
            QVERIFY(!(fixed == spec));
            const Findings after = Validator::validate(fixed, Catalog::builtIn(), context);
            QVERIFY2(!after.find(f.field, f.code),
                     qPrintable(f.field + QLatin1Char('/') + f.code + QLatin1String(" after ") +
                                s.field + QLatin1Char('=') + s.value.toString() +
                                QLatin1Char('\n') + describe(after)));
        }
    }
}

void TestValidator::ratioHintNamesRatiosAndChoices()
{
    LaunchSpec s = baseSpec();
    s.instanceType = QStringLiteral("CVM.M2");
    s.cpu = 4;
    s.mem = 16;
    const Findings findings =
        Validator::validate(s, Catalog::builtIn(), rowContext(int(OsFamily::Linux), false));
    const Finding *f = findings.find(QStringLiteral("mem"), QStringLiteral("ratio"));
    QVERIFY(f);
    QCOMPARE(f->message,
             QStringLiteral("CVM.M2 allows 1:8 — for 4 cores pick 32 GB. 16 GB comes with 2 "
                            "cores."));
    QCOMPARE(f->suggestions.size(), 2);
    QCOMPARE(f->suggestions.at(0),
             (Suggestion{QStringLiteral("mem"), 32, QStringLiteral("32 GB")}));
    QCOMPARE(f->suggestions.at(1),
             (Suggestion{QStringLiteral("cpu"), 2, QStringLiteral("2 cores")}));

    s.instanceType = QStringLiteral("CVM.S2");
    s.cpu = 8;
    s.mem = 12;
    const Findings s2 =
        Validator::validate(s, Catalog::builtIn(), rowContext(int(OsFamily::Linux), false));
    QVERIFY(s2.find(QStringLiteral("mem"), QStringLiteral("ratio"))
                ->message.startsWith(QStringLiteral(
                    "CVM.S2 allows 1:1 to 1:8 — for 8 cores pick 8 GB, 16 GB, 32 GB, 64 GB.")));
}

// Issue 18, item 6: "8 GB comes with 1 cores" read wrong. One core is singular; a list of
// choices is written as the language writes lists (、 in Chinese).
void TestValidator::countsAndListsReadAsWritten()
{
    LaunchSpec s = baseSpec();
    s.instanceType = QStringLiteral("CVM.M2");
    s.cpu = 2;
    s.mem = 8;
    const auto ratio = [&s] {
        const Findings findings =
            Validator::validate(s, Catalog::builtIn(), rowContext(int(OsFamily::Linux), false));
        const Finding *f = findings.find(QStringLiteral("mem"), QStringLiteral("ratio"));
        return f ? f->message : QString();
    };
    QCOMPARE(ratio(), QStringLiteral("CVM.M2 allows 1:8 — for 2 cores pick 16 GB. 8 GB comes "
                                     "with 1 core."));

    LaunchSpec disk = baseSpec();
    disk.storageType = 1; // local disk: 10 GB steps
    disk.storageSize = 15;
    const auto step = [&disk] {
        const Findings findings =
            Validator::validate(disk, Catalog::builtIn(), rowContext(int(OsFamily::Linux), false));
        const Finding *f = findings.find(QStringLiteral("storageSize"), QStringLiteral("step"));
        return f ? f->message : QString();
    };
    QVERIFY2(step().endsWith(QLatin1String("choose 10, 20.")), qPrintable(step()));

    QVERIFY(Translations::install(qApp, QStringLiteral("zh_CN")).appLoaded);
    const QString zhRatio = ratio();
    const QString zhStep = step();
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QVERIFY2(zhRatio.endsWith(QStringLiteral("8 GB对应1核。")), qPrintable(zhRatio));
    QVERIFY2(zhStep.endsWith(QStringLiteral("10、20。")), qPrintable(zhStep));
}

void TestValidator::passwordClassesNameWhatIsMissing()
{
    LaunchSpec s = baseSpec();
    s.rootSize = 50;
    s.password = QStringLiteral("abcdefgh1234");
    const Findings f =
        Validator::validate(s, Catalog::builtIn(), rowContext(int(OsFamily::Windows), false));
    const Finding *classes = f.find(QStringLiteral("password"), QStringLiteral("classes"));
    QVERIFY(classes);
    QVERIFY2(
        classes->message.contains(QLatin1String("Add upper-case letters or special characters")),
        qPrintable(classes->message));
}

void TestValidator::messagesNeverHoldThePassword()
{
    const QStringList secrets = {QStringLiteral("secretpw"), QStringLiteral("s3cr3t pw"),
                                 QStringLiteral("x9")};
    for (const QString &secret : secrets) {
        for (int os = 0; os < 3; ++os) {
            LaunchSpec s = baseSpec();
            s.password = secret;
            s.keyId = QStringLiteral("skey-12345678");
            for (const Finding &f :
                 Validator::validate(s, Catalog::builtIn(), rowContext(os, false))) {
                QVERIFY(!f.message.contains(secret));
                for (const Suggestion &sug : f.suggestions)
                    QVERIFY(!sug.value.toString().contains(secret) && !sug.label.contains(secret));
            }
        }
    }
}

void TestValidator::missingFieldsCanWait()
{
    const LaunchSpec empty;
    ValidationContext context;
    Findings f = Validator::validate(empty, Catalog::builtIn(), context);
    for (const char *field : {"zoneId", "cpu", "mem", "imageId", "imageType"})
        QVERIFY(f.find(QLatin1String(field), QStringLiteral("required")));
    context.reportMissing = false;
    f = Validator::validate(empty, Catalog::builtIn(), context);
    QVERIFY2(!f.hasErrors(), qPrintable(describe(f)));
}

void TestValidator::sandboxGetsTheFirstError()
{
    LaunchSpec s = baseSpec();
    s.goodsNum = 0;
    s.bandwidth = 500;
    const Findings f =
        Validator::validate(s, Catalog::builtIn(), rowContext(int(OsFamily::Linux), false));
    QVERIFY(f.hasErrors());
    QCOMPARE(f.firstError()->field, QStringLiteral("bandwidth"));
    QCOMPARE(f.fieldsWithErrors(),
             QStringList({QStringLiteral("bandwidth"), QStringLiteral("goodsNum")}));
}

void TestValidator::oneRequestTakesAtMostOneRequestsCount()
{
    LaunchSpec s = baseSpec();
    ValidationContext context = rowContext(int(OsFamily::Linux), false);
    context.count = ValidationContext::CountScope::Request;
    s.goodsNum = InstanceCount::PerRequest;
    QVERIFY(!Validator::validate(s, Catalog::builtIn(), context).hasErrors());
    s.goodsNum = InstanceCount::PerRequest + 1;
    const Findings f = Validator::validate(s, Catalog::builtIn(), context);
    QVERIFY(f.find(QStringLiteral("goodsNum"), QStringLiteral("range")));
    QCOMPARE(f.find(QStringLiteral("goodsNum"), QStringLiteral("range"))->suggestions.first().value,
             QVariant(InstanceCount::PerRequest));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
