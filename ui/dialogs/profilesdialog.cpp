// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "dialogs/profilesdialog.h"

#include "api/apierrortext.h"
#include "api/cloudapi.h"
#include "credentials/profilestore.h"
#include "dialogs/profileform.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

namespace {

QString describeTestFailure(const ApiError &error)
{
    // The codes that mean this SecretId/SecretKey pair is not accepted; a clock skew
    // (SignatureExpire) or a missing permission is something else and keeps its own advice.
    static const QStringList wrongKeyCodes{QStringLiteral("AuthFailure.SecretIdNotFound"),
                                           QStringLiteral("AuthFailure.SignatureFailure"),
                                           QStringLiteral("AuthFailure.InvalidSecretId")};
    if (error.kind == ApiError::Kind::Service &&
        (error.code == 4100 || error.code == 4104 || wrongKeyCodes.contains(error.codeString))) {
        return ProfilesDialog::tr("The keys are wrong: %1 Copy both again from the Tencent Cloud "
                                  "console (Access Management → API Keys) and save.")
            .arg(ApiErrorText::describe(error));
    }
    return ApiErrorText::describe(error);
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore *store, ApiFactory apiFactory, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_apiFactory(std::move(apiFactory))
    , m_list(new QListWidget(this))
    , m_form(new ProfileForm(this))
    , m_message(new QLabel(this))
    , m_addButton(new QPushButton(tr("A&dd"), this))
    , m_deleteButton(new QPushButton(tr("De&lete…"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
{
    setWindowTitle(tr("Profiles"));
    setObjectName(QStringLiteral("ProfilesDialog"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMaximumWidth(220);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setVisible(bool(m_apiFactory));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_deleteButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);

    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_testButton);
    formButtons->addStretch();
    formButtons->addWidget(m_saveButton);
    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addLayout(formButtons);
    right->addWidget(m_message);
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfilesDialog::deleteProfile);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfilesDialog::saveProfile);
    connect(m_testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showProfile(m_list->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_form, &ProfileForm::edited, this, [this] { m_message->clear(); });
    connect(m_store->credentials(), &CredentialStore::sessionOnlyChanged, this,
            [this] { showMessage(m_store->credentials()->sessionOnlyNotice(), true); });

    reloadList(m_store->active().id);
    resize(720, 460);
}

void ProfilesDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Profile &p : m_store->profiles()) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == selectId)
            m_list->setCurrentItem(item);
    }
    if (!selectId.isEmpty())
        showProfile(selectId);
}

void ProfilesDialog::showProfile(const QString &id)
{
    cancelTest();
    m_message->clear();
    const auto existing = m_store->profile(id);
    m_isNew = !existing;
    const Profile profile = existing.value_or(Profile::newAccount());
    m_currentId = profile.id;
    m_form->setProfile(profile);
    if (profile.kind == Profile::Kind::Environment)
        m_form->setStoredKeys(m_store->environmentKeys());
    else if (existing && profile.needsKeys())
        loadKeys(profile.id);
    updateButtons();
}

void ProfilesDialog::loadKeys(const QString &profileId)
{
    m_saveButton->setEnabled(false);
    m_store->credentials()->load(
        profileId, this, [this, profileId](const CredentialStore::Result &result) {
            if (profileId != m_currentId)
                return;
            updateButtons();
            m_form->setStoredKeys(result.keys);
            if (result.status == SecretStore::Status::Denied ||
                result.status == SecretStore::Status::Failed || !result.remembered)
                showMessage(result.message, true);
        });
}

void ProfilesDialog::addProfile()
{
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    showProfile(QString());
    showMessage(tr("Name the new profile, enter its SecretId and SecretKey, and save."), false);
    m_form->findChild<QWidget *>(QStringLiteral("nameEdit"))->setFocus();
}

void ProfilesDialog::saveProfile()
{
    const Profile profile = m_form->profile();
    // Taken before the list reloads: showing the saved profile clears the key fields.
    const Credentials keys = m_form->effectiveKeys();
    const bool keysEdited = m_form->keysEdited();
    if (const QString problem = m_store->save(profile); !problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    m_isNew = false;
    reloadList(profile.id);
    if (!profile.needsKeys()) {
        showMessage(tr("Saved."), false);
        return;
    }
    if (keys.isEmpty()) {
        showMessage(tr("Saved. Enter the SecretId and SecretKey to use this profile."), false);
        return;
    }
    if (!keys.isComplete()) {
        showMessage(tr("Saved, but the keys were not: enter both the SecretId and the "
                       "SecretKey."),
                    true);
        return;
    }
    if (!keysEdited) {
        showMessage(tr("Saved; the keys in your keychain are unchanged."), false);
        return;
    }
    m_saveButton->setEnabled(false);
    m_store->credentials()->save(profile.id, keys, this,
                                 [this, id = profile.id, keys](const CredentialStore::Result &r) {
                                     updateButtons();
                                     if (id != m_currentId)
                                         return;
                                     if (!r.ok()) {
                                         showMessage(tr("The profile was saved but its keys were "
                                                        "not: %1")
                                                         .arg(r.message),
                                                     true);
                                         return;
                                     }
                                     m_form->setProfile(*m_store->profile(id));
                                     m_form->setStoredKeys(keys);
                                     showMessage(r.remembered ? tr("Saved; the keys are in your "
                                                                   "keychain.")
                                                              : r.message,
                                                 !r.remembered);
                                 });
}

void ProfilesDialog::deleteProfile()
{
    const auto profile = m_store->profile(m_currentId);
    if (!profile || profile->isBuiltIn())
        return;
    // open(), not exec(): the confirmation must not spin a nested event loop.
    auto *confirm = new QMessageBox(
        QMessageBox::Question, tr("Delete profile"),
        tr("Delete the profile “%1” and remove its keys from the keychain? This cannot be "
           "undone.")
            .arg(profile->name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, id = profile->id](int answer) {
        if (answer == QMessageBox::Yes && id == m_currentId)
            removeProfile(id);
    });
    confirm->open();
}

void ProfilesDialog::removeProfile(const QString &id)
{
    const QString name = m_store->profile(id) ? m_store->profile(id)->name : id;
    m_deleteButton->setEnabled(false);
    m_store->remove(id, this, [this, name](const CredentialStore::Result &result) {
        if (!result.ok()) {
            updateButtons();
            showMessage(tr("“%1” was not deleted: %2").arg(name, result.message), true);
            return;
        }
        reloadList(m_store->active().id);
        showMessage(tr("Deleted “%1” and its keys.").arg(name), false);
    });
}

void ProfilesDialog::testConnection()
{
    if (!m_apiFactory)
        return;
    cancelTest();
    const Profile profile = m_form->profile();
    const ProfileStore::ConfigResult config = m_store->apiConfig(
        profile, profile.kind == Profile::Kind::Stored ? m_form->effectiveKeys() : Credentials{});
    if (!config.config) {
        showMessage(config.error, true);
        return;
    }
    CloudApi *api = m_apiFactory(*config.config);
    if (!api) {
        showMessage(tr("This protocol version cannot be tested in this build."), true);
        return;
    }
    api->setParent(this);
    showMessage(tr("Testing the connection to %1…").arg(profile.name), false);
    m_testButton->setEnabled(false);
    QPointer<CloudApi> guard(api);
    m_testCall = api->describeZones(
        this, [this, guard, region = profile.region](const ApiResult<QList<Zone>> &result) {
            if (guard)
                guard->deleteLater();
            // A cancelled test was replaced by another profile or test; it has nothing to say.
            if (result.error.kind == ApiError::Kind::Cancelled && !result.ok())
                return;
            m_testButton->setEnabled(true);
            if (result.ok())
                showMessage(tr("Connected: the keys work and region %1 has %n zone(s).", nullptr,
                               int(result.value->size()))
                                .arg(region),
                            false);
            else
                showMessage(describeTestFailure(result.error), true);
        });
}

void ProfilesDialog::cancelTest()
{
    // The call finishes with Cancelled and its callback deletes its CloudApi.
    if (ApiCall *call = m_testCall.data())
        call->cancel();
    m_testCall.clear();
    m_testButton->setEnabled(true);
}

void ProfilesDialog::showMessage(const QString &text, bool problem)
{
    // Not by colour alone: a problem says so in words too.
    m_message->setText(problem ? tr("Problem: %1").arg(text) : text);
}

QString ProfilesDialog::message() const
{
    return m_message->text();
}

void ProfilesDialog::updateButtons()
{
    const auto profile = m_store->profile(m_currentId);
    m_deleteButton->setEnabled(profile && !profile->isBuiltIn());
    m_saveButton->setEnabled(!profile || profile->kind != Profile::Kind::Environment);
}
