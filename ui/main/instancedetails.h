// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

class LaunchController;

// The details pane's text for a row of the instances tree, in plain words: "Instance type:
// S5.MEDIUM4", "Zone: Guangzhou Zone 3 (ap-guangzhou-3)", "System disk: Premium Cloud Disk
// (CLOUD_PREMIUM), 50 GB"... never a raw spec key, and no line for a value that is empty. An
// instance's row gives the instance, then its launch; a launch's row gives the launch: its
// progress, its batches with their clientTokens, its hourly price and its parameters.
class InstanceDetails
{
    Q_DECLARE_TR_FUNCTIONS(InstanceDetails)

public:
    static QString text(const QModelIndex &row, const LaunchController *controller);
};
