// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "credentials/profile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The fields of one profile and its keys. Built-in profiles show what they are and lock the
// fields that are not the operator's to change. The SecretKey field is masked and never filled
// from the keychain: a saved key shows as "saved", and typing replaces it.
class ProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    // The profile as edited (id and kind kept from setProfile()).
    Profile profile() const;

    // What the keychain holds for this profile (shown as placeholders, never as text).
    void setStoredKeys(const Credentials &keys);
    // The keys as typed; an empty SecretKey field means "keep the stored one".
    Credentials typedKeys() const;
    // The keys to use: typed ones where typed, stored ones otherwise.
    Credentials effectiveKeys() const;
    bool keysEdited() const;

Q_SIGNALS:
    void edited();

private:
    void updateVersionHint();
    void updateRegionName();

    Profile m_profile;
    Credentials m_storedKeys;
    QLabel *m_kindNote;
    QLineEdit *m_name;
    QComboBox *m_version;
    QLabel *m_versionHint;
    QComboBox *m_region; // editable: the catalog's regions, or typed (checked on save)
    QLabel *m_regionName;
    QLineEdit *m_endpoint;
    QComboBox *m_signature;
    QSpinBox *m_project;
    QLineEdit *m_secretId;
    QLineEdit *m_secretKey;
};
