// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

class LaunchController;

// Writes the life of every launch to the cvm.launch logging category (see logging.h): a launch
// started (id, count, batches), each batch's state change (planned, sent, answered, failed, with
// its clientToken and instance count), unconfirmed answers, a launch finished, and every instance
// state the service reports (instance id and Tencent's raw state, e.g. "3" or "PENDING").
// Never the spec's password or the account's keys: only ids, counts and states are logged.
namespace LaunchLog {

// Follows `controller`'s launcher and tracker for as long as the controller lives.
void follow(LaunchController *controller);

} // namespace LaunchLog
