// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "sandbox/faultinjector.h"
#include "sandbox/instancestore.h"
#include "specbuilder.h"

#include <QTest>

class TstInstanceStore : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'700'000'000'000;

    static LaunchSpec spec(int count = 1, const QString &token = QString())
    {
        return SpecBuilder()
            .region(QString())
            .image(QStringLiteral("img-31tjrtph"), LaunchSpec::NoImageType)
            .count(count)
            .token(token)
            .password(QStringLiteral("Secret123!"));
    }
    void useFakeClock(InstanceStore &store)
    {
        store.setClock([this] { return m_now; });
    }

private slots:
    void statesFollowTheClock()
    {
        InstanceStore store;
        useFakeClock(store);
        store.setPendingMs(1000);
        const auto result = store.create(QStringLiteral("a"), spec(), QStringLiteral("Run"));
        QCOMPARE(result.instanceIds.size(), 1);
        auto state = [&] { return store.instances(QStringLiteral("a")).first().stateAt(m_now); };
        QCOMPARE(state(), SandboxInstance::State::Creating);
        m_now += 999;
        QCOMPARE(state(), SandboxInstance::State::Creating);
        m_now += 1;
        QCOMPARE(state(), SandboxInstance::State::Running);
        QCOMPARE(store.returnInstance(QStringLiteral("a"), result.instanceIds.first()),
                 InstanceStore::ReturnOutcome::Returning);
        QCOMPARE(state(), SandboxInstance::State::Returning);
        QCOMPARE(store.returnInstance(QStringLiteral("a"), result.instanceIds.first()),
                 InstanceStore::ReturnOutcome::NotReturnable);
        m_now += 1000;
        QCOMPARE(state(), SandboxInstance::State::Returned);
        QCOMPARE(store.returnInstance(QStringLiteral("b"), result.instanceIds.first()),
                 InstanceStore::ReturnOutcome::NotFound);
    }

    void neverKeepsThePassword()
    {
        InstanceStore store;
        store.create(QStringLiteral("a"), spec(), QStringLiteral("Run"));
        QVERIFY(!store.instances(QStringLiteral("a")).first().spec.password.has_value());
    }

    void clientTokenReplays()
    {
        InstanceStore store;
        const auto first = store.create(QStringLiteral("a"), spec(3, QStringLiteral("t")), {});
        const auto again = store.create(QStringLiteral("a"), spec(3, QStringLiteral("t")), {});
        QCOMPARE(again.outcome, InstanceStore::CreateResult::Outcome::Replayed);
        QCOMPARE(again.instanceIds, first.instanceIds);
        QCOMPARE(store.instances(QStringLiteral("a")).size(), 3);
        // The same token in another account is another request.
        const auto other = store.create(QStringLiteral("b"), spec(1, QStringLiteral("t")), {});
        QCOMPARE(other.outcome, InstanceStore::CreateResult::Outcome::Created);
    }

    void quotaCountsLiveInstances()
    {
        InstanceStore store;
        useFakeClock(store);
        store.setQuota(2);
        store.setPendingMs(10);
        const auto two = store.create(QStringLiteral("a"), spec(2), {});
        QCOMPARE(two.outcome, InstanceStore::CreateResult::Outcome::Created);
        const auto over = store.create(QStringLiteral("a"), spec(1), {});
        QCOMPARE(over.outcome, InstanceStore::CreateResult::Outcome::QuotaExceeded);
        QCOMPARE(over.alive, 2);
        QCOMPARE(store.create(QStringLiteral("b"), spec(1), {}).outcome,
                 InstanceStore::CreateResult::Outcome::Created);
        m_now += 10;
        store.returnInstance(QStringLiteral("a"), two.instanceIds.first());
        m_now += 10;
        QCOMPARE(store.aliveCount(QStringLiteral("a")), 1);
        QCOMPARE(store.create(QStringLiteral("a"), spec(1), {}).outcome,
                 InstanceStore::CreateResult::Outcome::Created);
    }

    void failureRulesMatchNames()
    {
        FaultInjector faults;
        FaultRule rule;
        rule.kind = FaultRule::Kind::FailCreation;
        rule.namePattern = QStringLiteral("bad-*");
        rule.remaining = 1;
        faults.addRule(rule);
        InstanceStore store(&faults);
        useFakeClock(store);
        store.setPendingMs(0);
        LaunchSpec bad = spec();
        bad.instanceName = QStringLiteral("bad-1");
        store.create(QStringLiteral("a"), bad, QStringLiteral("RunInstancesHour"));
        store.create(QStringLiteral("a"), bad, QStringLiteral("RunInstancesHour"));
        const auto list = store.instances(QStringLiteral("a"));
        QCOMPARE(list.size(), 2);
        // Newest first: the second one ran after the rule's single occurrence was used up.
        QCOMPARE(list.at(0).stateAt(m_now), SandboxInstance::State::Running);
        QCOMPARE(list.at(1).stateAt(m_now), SandboxInstance::State::CreateFailed);
        QVERIFY(!list.at(1).failureReason.isEmpty());
    }

    void idsLookReal()
    {
        InstanceStore store;
        const auto result = store.create(QStringLiteral("a"), spec(50), {});
        QSet<QString> unique;
        for (const QString &id : result.instanceIds) {
            QVERIFY(QRegularExpression(QStringLiteral("^ins-[a-z0-9]{8}$")).match(id).hasMatch());
            unique.insert(id);
        }
        QCOMPARE(unique.size(), 50);
    }
};

QTEST_GUILESS_MAIN(TstInstanceStore)
#include "tst_instancestore.moc"
