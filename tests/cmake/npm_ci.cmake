# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Installs the pinned Node SDKs of the interop tests into the build tree (never the source tree):
# `npm ci` in NODE_DIR, which holds copies of tests/e2e/node's package.json and package-lock.json.
# Skipped when node_modules was installed from the same lock file already, so that a second ctest
# run does not fetch again.
#
#   cmake -DNPM=npm -DNODE_DIR=<build>/tests/e2e/node -P npm_ci.cmake
file(SHA256 "${NODE_DIR}/package-lock.json" _lock)
set(_stamp "${NODE_DIR}/node_modules/.cvm-lock-sha256")
if(EXISTS "${_stamp}")
    file(READ "${_stamp}" _installed)
    if(_installed STREQUAL _lock)
        message(STATUS "Node SDKs already installed from this package-lock.json")
        return()
    endif()
endif()
execute_process(
    COMMAND "${NPM}" ci --no-audit --no-fund --loglevel=error
    WORKING_DIRECTORY "${NODE_DIR}"
    RESULT_VARIABLE _result)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "npm ci failed (${_result}): the interop tests need the npm registry "
                        "once, then run from ${NODE_DIR}/node_modules")
endif()
file(WRITE "${_stamp}" "${_lock}")
