// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Every instance belongs to an account (issue 19, item 1): the window on two sandbox accounts
// (two profiles with different SecretIds), each launch polled and returned through the account
// that made it, whatever profile is selected, and the table showing the active profile's rows
// unless "Show all accounts" is on.

#include "api/cloudapifactory.h"
#include "api/networktransport.h"
#include "credentials/accountapis.h"
#include "credentials/accountsession.h"
#include "dialogs/bandwidthdialog.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/statustracker.h"
#include "main/instanceactions.h"
#include "main/instancespanel.h"
#include "main/mainwindow.h"
#include "sandbox/instancestore.h"
#include "sandbox/sandboxservice.h"
#include "specbuilder.h"
#include "testpaths.h"
#include "treerows.h"
#include "windowservices.h"

#include <QAction>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

#include <memory>

namespace {

const QString FirstSecretId = QStringLiteral("AKIDfirst-account-sandbox");
const QString SecondSecretId = QStringLiteral("AKIDsecond-account-sandbox");

// Every request the app sends, with the SecretId that signed it (API 3.0: the Credential of the
// Authorization header; API 2.0: the SecretId parameter), then on to the real network stack.
class RecordingTransport : public Transport
{
public:
    struct Sent
    {
        QString action;
        QString secretId;
        QByteArray body;
    };

    TransportReply *send(const TransportRequest &request) override
    {
        m_sent.push_back({request.action, secretIdOf(request), request.body});
        return m_network.send(request);
    }
    const QList<Sent> &sent() const { return m_sent; }

    static QString secretIdOf(const TransportRequest &request)
    {
        for (const auto &[name, value] : request.headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
                continue;
            const QByteArray marker = "Credential=";
            const qsizetype start = value.indexOf(marker);
            if (start < 0)
                return {};
            const qsizetype from = start + marker.size();
            return QString::fromUtf8(value.mid(from, value.indexOf('/', from) - from));
        }
        return QUrlQuery(QString::fromUtf8(request.body))
            .queryItemValue(QStringLiteral("SecretId"), QUrl::FullyDecoded);
    }

private:
    NetworkTransport m_network;
    QList<Sent> m_sent;
};

LaunchSpec specFor(ApiConfig::Version version, const QString &name)
{
    // API 2.0: the seed's world (CVM.S1, 1 core, 2 GB).
    if (version == ApiConfig::Version::V2)
        return SpecBuilder().count(1).name(name);
    // Today's family on API 3.0, with the CLOUD_SSD data disk it takes (see tst_v3cloudapisandbox).
    return SpecBuilder()
        .instance(QStringLiteral("S5.SMALL2"), 1, 2)
        .dataDisk(4, 100)
        .bandwidth(1)
        .count(1)
        .name(name);
}

struct TwoAccounts
{
    SandboxService sandbox;
    RecordingTransport transport;
    ApiConfig::Version version = ApiConfig::Version::V3;
    std::unique_ptr<WindowServices> services;
    std::unique_ptr<MainWindow> window;
    QString first; // profile ids
    QString second;

    bool start()
    {
        sandbox.setRateLimited(false);
        sandbox.store().setPendingMs(200);
        sandbox.accounts().add(FirstSecretId, QStringLiteral("first-account-key"));
        sandbox.accounts().add(SecondSecretId, QStringLiteral("second-account-key"));
        if (sandbox.start() == 0)
            return false;
        services = std::make_unique<WindowServices>([this](const ApiConfig &config) {
            return CloudApiFactory::create(config, &transport);
        });
        first = addProfile(QStringLiteral("First account"), FirstSecretId,
                           QStringLiteral("first-account-key"));
        second = addProfile(QStringLiteral("Second account"), SecondSecretId,
                            QStringLiteral("second-account-key"));
        if (first.isEmpty() || second.isEmpty())
            return false;
        services->controller.tracker()->setIntervals(20, 100);
        window = std::make_unique<MainWindow>(services->services());
        services->controller.start();
        return true;
    }
    QString addProfile(const QString &name, const QString &secretId, const QString &secretKey)
    {
        Profile profile = Profile::newAccount();
        profile.name = name;
        profile.version = version;
        profile.endpoint = sandbox.endpoint().toString();
        if (!services->profiles.save(profile).isEmpty())
            return {};
        bool saved = false;
        services->credentials.save(profile.id, {secretId, secretKey}, &sandbox,
                                   [&saved](const CredentialStore::Result &r) { saved = r.ok(); });
        if (!QTest::qWaitFor([&saved] { return saved; }, 5000))
            return {};
        return profile.id;
    }
    // Makes the profile active and waits for its backend (its keys come from the keychain).
    bool select(const QString &profileId)
    {
        services->profiles.setActive(profileId);
        return QTest::qWaitFor(
            [&] { return window->session()->api() && window->session()->profileId() == profileId; },
            5000);
    }
    // Launches one instance (with `mbps` of public bandwidth) through the active account and
    // returns its id.
    QString launchOne(const QString &name, int mbps = 0)
    {
        InstanceModel *model = services->controller.model();
        const int before = model->rowCount();
        LaunchSpec spec = specFor(version, name);
        spec.bandwidth = mbps;
        services->controller.launch(spec);
        if (!QTest::qWaitFor([&] { return model->rowCount() == before + 1; }, 10000))
            return {};
        return model->row(before).info.instanceId;
    }
    InstanceState stateOf(const QString &instanceId) const
    {
        InstanceModel *model = services->controller.model();
        const int row = model->rowOfInstance(instanceId);
        return row < 0 ? InstanceState::Unknown : model->row(row).info.state;
    }
    QSortFilterProxyModel *proxy() const { return window->instancesPanel()->proxy(); }
    QStringList shownIds() const
    {
        QStringList ids;
        for (const QModelIndex &row : instanceRows(proxy()))
            ids << row.data(InstanceModel::InstanceIdRole).toString();
        ids.sort();
        return ids;
    }
    // The SecretIds of every request of `action` whose body names `instanceId`.
    QStringList signersOf(const QString &action, const QString &instanceId) const
    {
        QStringList ids;
        for (const auto &sent : transport.sent()) {
            if (sent.action == action && sent.body.contains(instanceId.toUtf8()))
                ids << sent.secretId;
        }
        ids.removeDuplicates();
        return ids;
    }
};

} // namespace

Q_DECLARE_METATYPE(ApiConfig::Version)

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void returnGoesThroughTheAccountThatLaunched_data();
    void returnGoesThroughTheAccountThatLaunched();
    void pollingUsesEachRowsOwnAccount();
    void tableShowsTheActiveAccountUnlessAllAreAsked();
    void aDeletedProfileLeavesItsRowsOpenAndSaysWhy();
    void missingKeysLeaveRowsOpenAndSayWhy();
    void pollFailuresNameTheirAccount();
    void multiSelectReturnGoesThroughEachAccount_data();
    void multiSelectReturnGoesThroughEachAccount();
    void bandwidthDialogChangesItThroughItsAccount();
};

void TestAccounts::initTestCase()
{
    TestPaths::isolateStandardPaths();
    QCoreApplication::setOrganizationDomain(QStringLiteral("cvmlauncher.org"));
    QCoreApplication::setApplicationName(
        QStringLiteral("org.cvmlauncher.CvmLauncher.tst_accounts"));
}

void TestAccounts::init()
{
    QSettings().clear();
}

void TestAccounts::returnGoesThroughTheAccountThatLaunched_data()
{
    QTest::addColumn<ApiConfig::Version>("version");
    QTest::addColumn<QString>("action");
    QTest::newRow("API 3.0") << ApiConfig::Version::V3 << QStringLiteral("TerminateInstances");
    QTest::newRow("API 2.0") << ApiConfig::Version::V2 << QStringLiteral("ReturnInstance");
}

void TestAccounts::returnGoesThroughTheAccountThatLaunched()
{
    QFETCH(ApiConfig::Version, version);
    QFETCH(QString, action);
    TwoAccounts app;
    app.version = version;
    QVERIFY(app.start());
    QVERIFY(app.select(app.first));
    const QString ofFirst = app.launchOne(QStringLiteral("first"));
    QVERIFY(!ofFirst.isEmpty());
    QTRY_COMPARE(app.stateOf(ofFirst), InstanceState::Running);
    QVERIFY(app.select(app.second));
    const QString ofSecond = app.launchOne(QStringLiteral("second"));
    QVERIFY(!ofSecond.isEmpty());

    app.services->controller.returnInstance(ofFirst);
    QTRY_COMPARE(app.signersOf(action, ofFirst).size(), 1);
    // Signed with the FIRST account's keys, although the second is selected.
    QCOMPARE(app.signersOf(action, ofFirst), QStringList{FirstSecretId});
    QTRY_COMPARE(app.stateOf(ofFirst), InstanceState::Returned);
    // The service agrees: the first account's instance is returned, the second's untouched.
    const QList<SandboxInstance> firsts = app.sandbox.store().instances(FirstSecretId);
    QCOMPARE(firsts.size(), 1);
    QVERIFY(firsts.first().returnStartedMs.has_value());
    const QList<SandboxInstance> seconds = app.sandbox.store().instances(SecondSecretId);
    QCOMPARE(seconds.size(), 1);
    QVERIFY(!seconds.first().returnStartedMs.has_value());
}

void TestAccounts::pollingUsesEachRowsOwnAccount()
{
    TwoAccounts app;
    QVERIFY(app.start());
    QVERIFY(app.select(app.first));
    // Kept in 创建中 until the second account is selected: it is still followed then.
    app.sandbox.store().setPendingMs(60000);
    const QString ofFirst = app.launchOne(QStringLiteral("first"));
    QVERIFY(!ofFirst.isEmpty());
    QTRY_COMPARE(app.stateOf(ofFirst), InstanceState::Creating);
    QVERIFY(app.select(app.second));
    const QString ofSecond = app.launchOne(QStringLiteral("second"));
    QVERIFY(!ofSecond.isEmpty());
    QTRY_COMPARE(app.stateOf(ofSecond), InstanceState::Creating);
    const qsizetype sentBefore = app.transport.sent().size();

    // Both accounts are asked, each about its own instance and with its own keys.
    QTRY_VERIFY(std::count_if(app.transport.sent().cbegin() + sentBefore,
                              app.transport.sent().cend(), [&](const auto &sent) {
                                  return sent.action == QLatin1String("DescribeInstances") &&
                                         sent.body.contains(ofFirst.toUtf8());
                              }) >= 2);
    QCOMPARE(app.signersOf(QStringLiteral("DescribeInstances"), ofFirst),
             QStringList{FirstSecretId});
    QCOMPARE(app.signersOf(QStringLiteral("DescribeInstances"), ofSecond),
             QStringList{SecondSecretId});
    // Never told "not found" by the wrong account: the first one's instance is still followed.
    QCOMPARE(app.stateOf(ofFirst), InstanceState::Creating);
    QVERIFY(app.services->controller.tracker()->followedIds().contains(ofFirst));
}

void TestAccounts::tableShowsTheActiveAccountUnlessAllAreAsked()
{
    TwoAccounts app;
    QVERIFY(app.start());
    QVERIFY(app.select(app.first));
    const QString ofFirst = app.launchOne(QStringLiteral("first"));
    QVERIFY(app.select(app.second));
    const QString ofSecond = app.launchOne(QStringLiteral("second"));
    QVERIFY(!ofFirst.isEmpty() && !ofSecond.isEmpty());

    QTreeView *view = app.window->instancesPanel()->view();
    QCOMPARE(app.shownIds(), QStringList{ofSecond});
    QVERIFY(view->isColumnHidden(InstanceModel::AccountColumn));

    auto *box = app.window->findChild<QCheckBox *>(QStringLiteral("showAllAccounts"));
    QVERIFY(box);
    QVERIFY(box->focusPolicy() & Qt::TabFocus); // keyboard reachable, with a mnemonic
    QVERIFY(box->text().contains(QLatin1Char('&')));
    box->setChecked(true);
    QVERIFY(app.window->instancesPanel()->showAllAccountsAction()->isChecked());
    QStringList both{ofFirst, ofSecond};
    both.sort();
    QCOMPARE(app.shownIds(), both);
    QVERIFY(!view->isColumnHidden(InstanceModel::AccountColumn));
    QStringList accounts;
    for (const QModelIndex &row : instanceRows(app.proxy(), InstanceModel::AccountColumn))
        accounts << row.data().toString();
    accounts.sort();
    QCOMPARE(accounts,
             (QStringList{QStringLiteral("First account"), QStringLiteral("Second account")}));

    // The menu's action is the same switch.
    app.window->instancesPanel()->showAllAccountsAction()->trigger();
    QVERIFY(!box->isChecked());
    QCOMPARE(app.shownIds(), QStringList{ofSecond});
    // Selecting the first account shows its rows.
    QVERIFY(app.select(app.first));
    QCOMPARE(app.shownIds(), QStringList{ofFirst});
}

void TestAccounts::aDeletedProfileLeavesItsRowsOpenAndSaysWhy()
{
    TwoAccounts app;
    QVERIFY(app.start());
    QVERIFY(app.select(app.first));
    app.sandbox.store().setPendingMs(60000);
    const QString ofFirst = app.launchOne(QStringLiteral("first"));
    QVERIFY(!ofFirst.isEmpty());
    QTRY_COMPARE(app.stateOf(ofFirst), InstanceState::Creating);
    QVERIFY(app.select(app.second));
    bool removed = false;
    app.services->profiles.remove(
        app.first, &app.sandbox,
        [&removed](const CredentialStore::Result &r) { removed = r.ok(); });
    QTRY_VERIFY(removed);
    // The selected account's backend is rebuilt after the change; it must not serve these rows.
    QTRY_VERIFY(app.window->session()->api() != nullptr);

    InstanceModel *model = app.services->controller.model();
    const QModelIndex status =
        model->index(model->rowOfInstance(ofFirst), InstanceModel::StatusColumn);
    QTRY_VERIFY(!status.data(InstanceModel::AccountProblemRole).toString().isEmpty());
    QVERIFY(status.data(InstanceModel::ErrorRole)
                .toString()
                .contains(QStringLiteral("no longer exists")));
    QVERIFY(status.data().toString().contains(QStringLiteral("account not available")));
    // In the table (all accounts shown), Return is disabled on it, with the reason.
    app.window->instancesPanel()->showAllAccountsAction()->setChecked(true);
    QTreeView *view = app.window->instancesPanel()->view();
    for (const QModelIndex &index : instanceRows(app.proxy())) {
        if (index.data(InstanceModel::InstanceIdRole).toString() == ofFirst)
            view->setCurrentIndex(index);
    }
    auto *returnAction = app.window->findChild<QAction *>(QStringLiteral("returnInstanceAction"));
    QVERIFY(returnAction);
    QCOMPARE(view->currentIndex().data(InstanceModel::InstanceIdRole).toString(), ofFirst);
    QVERIFY(!returnAction->isEnabled());
    QVERIFY(returnAction->toolTip().contains(QStringLiteral("no longer exists")));

    // Return is refused with the reason, and nothing goes out through the second account.
    QSignalSpy messages(&app.services->controller, &LaunchController::message);
    app.services->controller.returnInstance(ofFirst);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("no longer exists")));
    const qsizetype sentBefore = app.transport.sent().size();
    QTest::qWait(300);
    for (qsizetype i = sentBefore; i < app.transport.sent().size(); ++i)
        QVERIFY(!app.transport.sent().at(i).body.contains(ofFirst.toUtf8()));
    QCOMPARE(app.stateOf(ofFirst), InstanceState::Creating); // open, never "failed"
    QVERIFY(app.signersOf(QStringLiteral("TerminateInstances"), ofFirst).isEmpty());
}

void TestAccounts::missingKeysLeaveRowsOpenAndSayWhy()
{
    TwoAccounts app;
    QVERIFY(app.start());
    QVERIFY(app.select(app.first));
    app.sandbox.store().setPendingMs(60000);
    const QString ofFirst = app.launchOne(QStringLiteral("first"));
    QVERIFY(!ofFirst.isEmpty());
    QTRY_COMPARE(app.stateOf(ofFirst), InstanceState::Creating);
    QVERIFY(app.select(app.second));
    bool removed = false;
    app.services->credentials.remove(
        app.first, &app.sandbox,
        [&removed](const CredentialStore::Result &r) { removed = r.ok(); });
    QTRY_VERIFY(removed);
    // Any profile edit rebuilds every account's backend: the first one's keys are gone now.
    const auto second = app.services->profiles.profile(app.second);
    QVERIFY(second);
    QVERIFY(app.services->profiles.save(*second).isEmpty());
    QTRY_VERIFY(app.window->session()->api() != nullptr);

    InstanceModel *model = app.services->controller.model();
    const QModelIndex status =
        model->index(model->rowOfInstance(ofFirst), InstanceModel::StatusColumn);
    QTRY_VERIFY(status.data(InstanceModel::AccountProblemRole)
                    .toString()
                    .contains(QStringLiteral("no SecretId and SecretKey")));
    const qsizetype sentBefore = app.transport.sent().size();
    QSignalSpy messages(&app.services->controller, &LaunchController::message);
    app.services->controller.returnInstance(ofFirst);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("not returned")));
    QTest::qWait(300);
    for (qsizetype i = sentBefore; i < app.transport.sent().size(); ++i)
        QVERIFY(!app.transport.sent().at(i).body.contains(ofFirst.toUtf8()));
    QCOMPARE(app.stateOf(ofFirst), InstanceState::Creating);

    // The keys are entered again: Return asks the keychain again, and then goes through them.
    bool saved = false;
    app.services->credentials.save(app.first, {FirstSecretId, QStringLiteral("first-account-key")},
                                   &app.sandbox,
                                   [&saved](const CredentialStore::Result &r) { saved = r.ok(); });
    QTRY_VERIFY(saved);
    app.services->controller.returnInstance(ofFirst);
    QTRY_VERIFY(status.data(InstanceModel::AccountProblemRole).toString().isEmpty());
    app.services->controller.returnInstance(ofFirst);
    QTRY_COMPARE(app.signersOf(QStringLiteral("TerminateInstances"), ofFirst),
                 QStringList{FirstSecretId});
}

void TestAccounts::pollFailuresNameTheirAccount()
{
    TwoAccounts app;
    QVERIFY(app.start());
    QVERIFY(app.select(app.first));
    app.sandbox.store().setPendingMs(60000);
    const QString ofFirst = app.launchOne(QStringLiteral("first"));
    QVERIFY(!ofFirst.isEmpty());
    QTRY_COMPARE(app.stateOf(ofFirst), InstanceState::Creating);
    QVERIFY(app.select(app.second));
    QSignalSpy errors(&app.services->controller, &LaunchController::trackerError);
    // The first account's key was rotated in the console: its requests are refused now.
    app.sandbox.accounts().add(FirstSecretId, QStringLiteral("rotated-first-account-key"));
    QTRY_VERIFY(!errors.isEmpty() && !errors.last().at(0).toString().isEmpty());
    QVERIFY(errors.last().at(0).toString().startsWith(QStringLiteral("Account “First account”:")));
    QCOMPARE(app.stateOf(ofFirst), InstanceState::Creating); // open, never "failed"
}

void TestAccounts::multiSelectReturnGoesThroughEachAccount_data()
{
    returnGoesThroughTheAccountThatLaunched_data();
}

// Issue 19 item 3: Return on rows of two accounts, selected together, asks once and sends each
// instance through the account that launched it.
void TestAccounts::multiSelectReturnGoesThroughEachAccount()
{
    QFETCH(ApiConfig::Version, version);
    QFETCH(QString, action);
    TwoAccounts app;
    app.version = version;
    QVERIFY(app.start());
    QVERIFY(app.select(app.first));
    const QString ofFirst = app.launchOne(QStringLiteral("first"));
    QVERIFY(app.select(app.second));
    const QString ofSecond = app.launchOne(QStringLiteral("second"));
    QVERIFY(!ofFirst.isEmpty() && !ofSecond.isEmpty());
    QTRY_COMPARE(app.stateOf(ofFirst), InstanceState::Running);
    QTRY_COMPARE(app.stateOf(ofSecond), InstanceState::Running);

    app.window->instancesPanel()->showAllAccountsAction()->setChecked(true);
    QTreeView *view = app.window->instancesPanel()->view();
    QCOMPARE(instanceRows(app.proxy()).size(), 2);
    view->selectAll();
    QAction *returnAction = app.window->instanceActions()->returnAction();
    QTRY_VERIFY(returnAction->isEnabled());
    returnAction->trigger();
    auto *box = app.window->findChild<QMessageBox *>(QStringLiteral("returnConfirmation"));
    QVERIFY(box);
    // Once, for both, naming the count and the ids.
    QVERIFY(box->text().contains(QLatin1String("2")));
    QVERIFY(box->informativeText().contains(ofFirst));
    QVERIFY(box->informativeText().contains(ofSecond));
    QPushButton *confirm = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            confirm = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(confirm);
    confirm->click();

    QTRY_COMPARE(app.signersOf(action, ofFirst), QStringList{FirstSecretId});
    QTRY_COMPARE(app.signersOf(action, ofSecond), QStringList{SecondSecretId});
    QTRY_COMPARE(app.stateOf(ofFirst), InstanceState::Returned);
    QTRY_COMPARE(app.stateOf(ofSecond), InstanceState::Returned);
    QVERIFY(app.sandbox.store().instances(FirstSecretId).first().returnStartedMs.has_value());
    QVERIFY(app.sandbox.store().instances(SecondSecretId).first().returnStartedMs.has_value());
}

// The bandwidth dialog end to end on API 3.0: the price is asked and shown, the change goes
// through the account that launched the instance (not the selected one), the sandbox has the new
// cap, and the row shows it.
void TestAccounts::bandwidthDialogChangesItThroughItsAccount()
{
    TwoAccounts app;
    QVERIFY(app.start());
    QVERIFY(app.select(app.first));
    const QString ofFirst = app.launchOne(QStringLiteral("first"), 1);
    QVERIFY(!ofFirst.isEmpty());
    QTRY_COMPARE(app.stateOf(ofFirst), InstanceState::Running);
    QVERIFY(app.select(app.second));
    app.window->instancesPanel()->showAllAccountsAction()->setChecked(true);
    QTreeView *view = app.window->instancesPanel()->view();
    const QList<QModelIndex> rows = instanceRows(app.proxy());
    QCOMPARE(rows.size(), 1);
    view->setCurrentIndex(rows.first());
    view->selectionModel()->select(rows.first(),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(view->currentIndex().data(InstanceModel::BandwidthRole).toInt(), 1);

    QAction *bandwidth = app.window->instanceActions()->bandwidthAction();
    QTRY_VERIFY2(bandwidth->isEnabled(), qPrintable(bandwidth->toolTip()));
    bandwidth->trigger();
    auto *dialog = app.window->findChild<BandwidthDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->spinBox()->value(), 1);
    dialog->spinBox()->setValue(20);
    QTRY_VERIFY2(dialog->priceText().contains(QLatin1String("CNY per hour")),
                 qPrintable(dialog->priceText()));
    QCOMPARE(
        app.signersOf(QStringLiteral("InquiryPriceResetInstancesInternetMaxBandwidth"), ofFirst),
        QStringList{FirstSecretId});
    dialog->accept();
    QTRY_VERIFY(!app.window->findChild<BandwidthDialog *>());

    QCOMPARE(app.signersOf(QStringLiteral("ResetInstancesInternetMaxBandwidth"), ofFirst),
             QStringList{FirstSecretId});
    QCOMPARE(app.sandbox.store().instance(FirstSecretId, ofFirst).value().spec.bandwidth, 20);
    QCOMPARE(view->currentIndex().data(InstanceModel::BandwidthRole).toInt(), 20);
    QCOMPARE(view->currentIndex().siblingAtColumn(InstanceModel::BandwidthColumn).data().toString(),
             QStringLiteral("20 Mbps"));
}

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
