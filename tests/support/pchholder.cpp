// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// Compiled only so that a directory's tests have one precompiled header to reuse (see
// cvm_add_test in tests/CMakeLists.txt); it defines nothing.
