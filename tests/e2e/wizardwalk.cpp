// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "wizardwalk.h"

#include "offer/zoneoffermodel.h"
#include "wizard/launchdraft.h"
#include "wizard/launchwizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

namespace {

constexpr int PickerTimeoutMs = 10000;

template<typename T>
T *child(LaunchWizard *wizard, const char *name)
{
    T *widget = wizard->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("the wizard has no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

QAbstractButton *forwardButton(LaunchWizard *wizard)
{
    return wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                : QWizard::NextButton);
}

// Waits until the page lets the user go on, then goes on.
void next(LaunchWizard *wizard, int expectedPage)
{
    QCOMPARE(wizard->currentId(), expectedPage);
    QTRY_VERIFY2_WITH_TIMEOUT(forwardButton(wizard)->isEnabled(),
                              qPrintable(WizardWalk::errors(wizard)), PickerTimeoutMs);
    QVERIFY(WizardWalk::pressNext(wizard));
}

// Picks the entry whose data is `value` once the CloudApi has filled the combo.
void pick(QComboBox *combo, const QVariant &value)
{
    QVERIFY(combo);
    QTRY_VERIFY_WITH_TIMEOUT(combo->findData(value) >= 0, PickerTimeoutMs);
    combo->setCurrentIndex(combo->findData(value));
    Q_EMIT combo->activated(combo->currentIndex());
}

} // namespace

void WizardWalk::toReview(LaunchWizard *wizard, const WalkChoices &choices)
{
    // Location: the zones the service lists.
    auto *zones = child<QListWidget>(wizard, "zoneList");
    QVERIFY(zones);
    const auto zoneRow = [&] {
        for (int row = 0; row < zones->count(); ++row) {
            if (zones->item(row)->data(Qt::UserRole).toInt() == choices.zoneId)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(zoneRow() >= 0, PickerTimeoutMs);
    zones->setCurrentRow(zoneRow());
    QCOMPARE(wizard->spec().zoneId, choices.zoneId);
    next(wizard, LaunchWizard::LocationPageId);
    if (QTest::currentTestFailed())
        return;

    // Instance: on API 3.0 the chosen type from the zone's live offer, else the default family
    // and shape; a name and the count.
    if (!choices.instanceType.isEmpty()) {
        auto *view = child<QTreeView>(wizard, "typeView");
        QVERIFY(view);
        auto *offer = qobject_cast<ZoneOfferModel *>(view->model());
        QVERIFY(offer);
        QTRY_VERIFY_WITH_TIMEOUT(offer->indexOfType(choices.instanceType).isValid(),
                                 PickerTimeoutMs);
        view->setCurrentIndex(offer->indexOfType(choices.instanceType));
        QCOMPARE(wizard->spec().instanceType, choices.instanceType);
    }
    auto *name = child<QLineEdit>(wizard, "nameEdit");
    QVERIFY(name);
    name->clear();
    QTest::keyClicks(name, choices.instanceName);
    child<QSpinBox>(wizard, "countSpin")->setValue(choices.count);
    QCOMPARE(wizard->spec().goodsNum, choices.count);
    next(wizard, LaunchWizard::InstancePageId);
    if (QTest::currentTestFailed())
        return;

    // Image: the service's list.
    auto *images = child<QTreeView>(wizard, "imageView");
    QVERIFY(images);
    const auto imageMatch = [&] {
        QAbstractItemModel *model = images->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndexList match = model->match(model->index(0, column), Qt::DisplayRole,
                                                       choices.imageId, 1, Qt::MatchExactly);
            if (!match.isEmpty())
                return match.first();
        }
        return QModelIndex();
    };
    QTRY_VERIFY_WITH_TIMEOUT(imageMatch().isValid(), PickerTimeoutMs);
    images->setCurrentIndex(imageMatch());
    QCOMPARE(wizard->spec().imageId, choices.imageId);
    next(wizard, LaunchWizard::ImagePageId);
    if (QTest::currentTestFailed())
        return;

    // Storage: what the family and image allow by default; on API 3.0 the chosen system disk
    // type and one data disk, from the types the zone sells for this instance type.
    if (!choices.systemDiskType.isEmpty())
        pick(child<QComboBox>(wizard, "systemDiskTypeCombo"), choices.systemDiskType);
    if (QTest::currentTestFailed())
        return;
    if (!choices.dataDiskType.isEmpty()) {
        auto *add = child<QPushButton>(wizard, "addDataDiskButton");
        QVERIFY(add);
        QTRY_VERIFY_WITH_TIMEOUT(add->isEnabled(), PickerTimeoutMs);
        add->click();
        pick(child<QComboBox>(wizard, "dataDiskType_0"), choices.dataDiskType);
        if (QTest::currentTestFailed())
            return;
        child<QSpinBox>(wizard, "dataDiskSize_0")->setValue(choices.dataDiskSize);
    }
    next(wizard, LaunchWizard::StoragePageId);
    if (QTest::currentTestFailed())
        return;

    // Network: a VPC, and on API 3.0 the chosen security group.
    child<QRadioButton>(wizard, "vpcRadio")->setChecked(true);
    if (!choices.securityGroupId.isEmpty()) {
        auto *groups = child<QListWidget>(wizard, "securityGroupList");
        QVERIFY(groups);
        const auto groupRow = [&] {
            for (int row = 0; row < groups->count(); ++row) {
                if (groups->item(row)->text().contains(choices.securityGroupId))
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(groupRow() >= 0, PickerTimeoutMs);
        groups->item(groupRow())->setCheckState(Qt::Checked);
        QCOMPARE(wizard->spec().securityGroupIds, QStringList{choices.securityGroupId});
    }
    next(wizard, LaunchWizard::NetworkPageId);
    if (QTest::currentTestFailed())
        return;

    // VPC and subnet: the service's, subnets of the chosen zone only.
    pick(child<QComboBox>(wizard, "vpcCombo"), choices.vpcId);
    if (QTest::currentTestFailed())
        return;
    pick(child<QComboBox>(wizard, "subnetCombo"), choices.subnetId);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(wizard->spec().vpcId, choices.vpcId);
    QCOMPARE(wizard->spec().subnetId, choices.subnetId);
    next(wizard, LaunchWizard::VpcPageId);
    if (QTest::currentTestFailed())
        return;

    // Login: a key pair from the service, or a password typed in.
    if (!choices.keyId.isEmpty()) {
        child<QRadioButton>(wizard, "keyRadio")->setChecked(true);
        pick(child<QComboBox>(wizard, "keyCombo"), choices.keyId);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wizard->spec().keyId, choices.keyId);
    } else {
        child<QRadioButton>(wizard, "passwordRadio")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(wizard, "passwordEdit"), choices.password);
        QTest::keyClicks(child<QLineEdit>(wizard, "confirmPasswordEdit"), choices.password);
        QVERIFY(wizard->spec().password == choices.password); // never printed
    }
    next(wizard, LaunchWizard::LoginPageId);
    if (QTest::currentTestFailed())
        return;

    // Services and project: the defaults.
    next(wizard, LaunchWizard::ServicesPageId);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(wizard->currentId(), int(LaunchWizard::ReviewPageId));
}

bool WizardWalk::pressNext(LaunchWizard *wizard)
{
    QAbstractButton *button = forwardButton(wizard);
    if (!button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

QString WizardWalk::errors(const LaunchWizard *wizard)
{
    QStringList lines;
    for (const Finding &finding : wizard->draft()->findings()) {
        if (finding.isError())
            lines << finding.field + QLatin1String(": ") + finding.message;
    }
    return QLatin1String("page ") + QString::number(wizard->currentId()) + QLatin1String("; ") +
           lines.join(QLatin1String("; "));
}
