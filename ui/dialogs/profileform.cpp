// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "dialogs/profileform.h"

#include "catalog/catalog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace {

QLabel *addRow(QFormLayout *form, const QString &text, QWidget *field, const QString &accessible)
{
    auto *label = new QLabel(text);
    label->setBuddy(field);
    field->setAccessibleName(accessible);
    form->addRow(label, field);
    return label;
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_kindNote(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_version(new QComboBox(this))
    , m_versionHint(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_regionName(new QLabel(this))
    , m_endpoint(new QLineEdit(this))
    , m_signature(new QComboBox(this))
    , m_project(new QSpinBox(this))
    , m_secretId(new QLineEdit(this))
    , m_secretKey(new QLineEdit(this))
{
    m_kindNote->setWordWrap(true);
    m_kindNote->setObjectName(QStringLiteral("kindNote"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_version->setObjectName(QStringLiteral("versionCombo"));
    m_version->addItem(tr("API 3.0 (RunInstances, TC3-HMAC-SHA256)"), int(ApiConfig::Version::V3));
    m_version->addItem(tr("API 2.0 (RunInstancesHour)"), int(ApiConfig::Version::V2));
    m_versionHint->setWordWrap(true);
    m_versionHint->setObjectName(QStringLiteral("versionHint"));
    // A picker of the regions the catalog knows, editable so that an operator can type
    // "ap-sh" and complete; anything else is refused on save (Profile::validate) and named as
    // unknown beside the field while typed.
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    for (const CatalogRegion &region : Catalog::builtIn().regions())
        m_region->addItem(region.id);
    m_regionName->setObjectName(QStringLiteral("regionName"));
    m_endpoint->setObjectName(QStringLiteral("endpointEdit"));
    m_endpoint->setPlaceholderText(tr("Empty: Tencent Cloud's own servers"));
    m_signature->setObjectName(QStringLiteral("signatureCombo"));
    m_signature->addItems({QStringLiteral("HmacSHA256"), QStringLiteral("HmacSHA1")});
    m_project->setObjectName(QStringLiteral("projectSpin"));
    m_project->setRange(0, 99999999);
    m_project->setSpecialValueText(tr("0 (default project)"));
    m_secretId->setObjectName(QStringLiteral("secretIdEdit"));
    m_secretKey->setObjectName(QStringLiteral("secretKeyEdit"));
    m_secretKey->setEchoMode(QLineEdit::Password);
    m_secretKey->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                     Qt::ImhSensitiveData);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_kindNote);
    addRow(form, tr("&Name:"), m_name, tr("Profile name"));
    addRow(form, tr("&API version:"), m_version, tr("API version"));
    form->addRow(QString(), m_versionHint);
    auto *regionRow = new QHBoxLayout;
    regionRow->addWidget(m_region);
    regionRow->addWidget(m_regionName, 1);
    auto *regionLabel = new QLabel(tr("&Region:"));
    regionLabel->setBuddy(m_region);
    m_region->setAccessibleName(tr("Region"));
    form->addRow(regionLabel, regionRow);
    addRow(form, tr("&Endpoint:"), m_endpoint, tr("Endpoint override"));
    addRow(form, tr("Si&gnature method:"), m_signature, tr("Signature method (API 2.0)"));
    addRow(form, tr("Default pro&ject:"), m_project, tr("Default project id"));
    addRow(form, tr("Secret&Id:"), m_secretId, tr("SecretId"));
    addRow(form, tr("Secret&Key:"), m_secretKey, tr("SecretKey (hidden)"));

    for (QLineEdit *edit : {m_name, m_endpoint, m_secretId, m_secretKey})
        connect(edit, &QLineEdit::textEdited, this, &ProfileForm::edited);
    connect(m_region, &QComboBox::currentTextChanged, this, [this] {
        updateRegionName();
        Q_EMIT edited();
    });
    connect(m_version, &QComboBox::activated, this, [this] {
        updateVersionHint();
        Q_EMIT edited();
    });
    connect(m_signature, &QComboBox::activated, this, &ProfileForm::edited);
    connect(m_project, &QSpinBox::valueChanged, this, &ProfileForm::edited);
}

void ProfileForm::setProfile(const Profile &profile)
{
    m_profile = profile;
    m_storedKeys = {};
    m_name->setText(profile.name);
    m_version->setCurrentIndex(m_version->findData(int(profile.version)));
    {
        const QSignalBlocker blocker(m_region);
        m_region->setCurrentText(profile.region);
    }
    updateRegionName();
    m_endpoint->setText(profile.endpoint);
    m_signature->setCurrentText(profile.signatureMethod);
    {
        const QSignalBlocker blocker(m_project);
        m_project->setValue(int(profile.defaultProjectId));
    }
    m_secretId->clear();
    m_secretKey->clear();
    m_secretId->setPlaceholderText(QString());
    m_secretKey->setPlaceholderText(QString());

    const bool stored = profile.kind == Profile::Kind::Stored;
    const bool environment = profile.kind == Profile::Kind::Environment;
    m_name->setReadOnly(!stored);
    m_endpoint->setReadOnly(!stored);
    m_secretId->setEnabled(stored);
    m_secretKey->setEnabled(stored);
    for (QWidget *w : std::initializer_list<QWidget *>{m_version, m_signature, m_project})
        w->setEnabled(!environment);
    m_region->setEnabled(!environment);
    switch (profile.kind) {
    case Profile::Kind::Sandbox:
        m_kindNote->setText(tr("The built-in sandbox runs on this computer: nothing is created "
                               "for real and it needs no keys. It cannot be deleted."));
        m_endpoint->setPlaceholderText(tr("This computer (set when the sandbox starts)"));
        break;
    case Profile::Kind::Environment:
        m_kindNote->setText(tr("From the TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY "
                               "environment variables: used for this session only, never "
                               "stored."));
        m_secretId->setPlaceholderText(tr("(from the environment)"));
        m_secretKey->setPlaceholderText(tr("(from the environment)"));
        break;
    case Profile::Kind::Stored:
        m_kindNote->setText(tr("Keys are kept in your system keychain, never in a file."));
        m_endpoint->setPlaceholderText(tr("Empty: Tencent Cloud's own servers"));
        break;
    }
    updateVersionHint();
}

Profile ProfileForm::profile() const
{
    Profile p = m_profile;
    p.name = m_name->text().trimmed();
    p.version = ApiConfig::Version(m_version->currentData().toInt());
    p.region = m_region->currentText().trimmed();
    p.endpoint = m_endpoint->text().trimmed();
    p.signatureMethod = m_signature->currentText();
    p.defaultProjectId = m_project->value();
    return p;
}

void ProfileForm::setStoredKeys(const Credentials &keys)
{
    m_storedKeys = keys;
    if (m_secretId->text().isEmpty())
        m_secretId->setText(keys.secretId);
    if (m_profile.kind != Profile::Kind::Stored)
        return;
    m_secretKey->setPlaceholderText(
        keys.secretKey.isEmpty() ? tr("Not set") : tr("Saved in the keychain; type to replace"));
}

Credentials ProfileForm::typedKeys() const
{
    return {m_secretId->text().trimmed(), m_secretKey->text()};
}

Credentials ProfileForm::effectiveKeys() const
{
    Credentials keys = typedKeys();
    if (keys.secretKey.isEmpty())
        keys.secretKey = m_storedKeys.secretKey;
    return keys;
}

bool ProfileForm::keysEdited() const
{
    return !m_secretKey->text().isEmpty() || m_secretId->text().trimmed() != m_storedKeys.secretId;
}

void ProfileForm::updateRegionName()
{
    const QString id = m_region->currentText().trimmed();
    const std::optional<CatalogRegion> region = Catalog::builtIn().region(id);
    if (region)
        m_regionName->setText(region->name.text());
    else
        m_regionName->setText(id.isEmpty() ? tr("Choose a region.")
                                           : tr("Not a region the app knows."));
}

void ProfileForm::updateVersionHint()
{
    const bool v2 = ApiConfig::Version(m_version->currentData().toInt()) == ApiConfig::Version::V2;
    m_versionHint->setText(m_profile.kind == Profile::Kind::Stored ? Profile::versionReason()
                                                                   : QString());
    m_versionHint->setVisible(m_profile.kind == Profile::Kind::Stored);
    m_signature->setEnabled(v2 && m_profile.kind != Profile::Kind::Environment);
}
