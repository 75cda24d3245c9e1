// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "api/apiconfig.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class ApiCall;
class CloudApi;
class ProfileForm;
class ProfileStore;
class QLabel;
class QListWidget;
class QPushButton;

// Add, edit and delete profiles, and test one against the cloud. Works on a ProfileStore (which
// deletes a profile's keys with it) and its CredentialStore; every keychain answer arrives
// asynchronously and is shown with what to do.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    // Builds the CloudApi for "Test connection" (V2 or V3 by config.version). The dialog owns
    // what it returns. Without one, the button is hidden.
    using ApiFactory = std::function<CloudApi *(const ApiConfig &config)>;

    ProfilesDialog(ProfileStore *store, ApiFactory apiFactory, QWidget *parent = nullptr);

    // Shows `id` (or a new, unsaved profile for an empty id).
    void showProfile(const QString &id);
    QString message() const;

public Q_SLOTS:
    void addProfile();
    void saveProfile();
    void deleteProfile();
    void testConnection();

private:
    void reloadList(const QString &selectId);
    void removeProfile(const QString &id);
    void loadKeys(const QString &profileId);
    void showMessage(const QString &text, bool problem);
    void updateButtons();
    void cancelTest();

    ProfileStore *m_store;
    ApiFactory m_apiFactory;
    QListWidget *m_list;
    ProfileForm *m_form;
    QLabel *m_message;
    QPushButton *m_addButton;
    QPushButton *m_deleteButton;
    QPushButton *m_saveButton;
    QPushButton *m_testButton;
    QString m_currentId;
    bool m_isNew = false;
    QPointer<ApiCall> m_testCall;
};
