// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "launch/launchrecord.h"

#include <QObject>
#include <QPointer>

#include <optional>

class CloudApi;
class InstanceModel;
class Journal;
class Launcher;
class SecretStore;
class StatusTracker;

// Wires the Journal, the Launcher, the StatusTracker and the InstanceModel together, so that a
// window (or a test) has one object to give the current account to and to launch through.
//
//   controller.setSecretStore(store);           // the keychain
//   controller.start();                         // read the journal, rebuild the table
//   controller.setCloudApi(api, profileId);     // resends open batches, polls the instances
//   controller.launch(wizard.spec());           // from the wizard
class LaunchController : public QObject
{
    Q_OBJECT

public:
    explicit LaunchController(const QString &journalDirectory, QObject *parent = nullptr);

    Journal *journal() const { return m_journal; }
    Launcher *launcher() const { return m_launcher; }
    StatusTracker *tracker() const { return m_tracker; }
    InstanceModel *model() const { return m_model; }

    void setSecretStore(SecretStore *store);
    // The account in use from now on (nullptr: none). Only instances launched with this profile
    // are polled; open batches of its launches are resent with their own clientTokens.
    void setCloudApi(CloudApi *api, const QString &profileId);

    // Reads the journal (damaged entries are moved aside and reported through journalDamaged)
    // and rebuilds the table. Call once, at start-up.
    void start();

    std::optional<LaunchRecord> launchRecord(const QString &launchId) const;

public Q_SLOTS:
    // Starts a launch of the spec (from the wizard). Returns the launch id, empty if refused.
    QString launch(const LaunchSpec &spec);
    // Returns (ReturnInstance) an instance; the caller has asked the operator first.
    void returnInstance(const QString &instanceId);

Q_SIGNALS:
    // Progress and problems for the status bar (translated).
    void message(const QString &text);
    // The instance status could not be refreshed; empty when it works again.
    void trackerError(const QString &text);
    // A damaged journal entry was moved aside: show it to the operator, not only in passing.
    void journalDamaged(const QString &text);
    void launchRefused(const QString &text);

private:
    void followProfileInstances();

    Journal *m_journal;
    Launcher *m_launcher;
    StatusTracker *m_tracker;
    InstanceModel *m_model;
    QPointer<CloudApi> m_api;
    QString m_profileId;
};
