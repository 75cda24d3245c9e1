# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Fails when the newest <release> of the AppStream metadata (the first one: AppStream lists
# releases newest first) is not the CMake project version, so a version bump cannot ship
# without its release entry.
cmake_minimum_required(VERSION 3.25)

file(READ "${METAINFO}" xml)
string(REGEX MATCH "<release[^>]* version=\"([^\"]*)\"" _ "${xml}")
if(NOT CMAKE_MATCH_1)
    message(FATAL_ERROR "${METAINFO} has no <release version=\"...\"> entry")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "The newest release in ${METAINFO} is ${CMAKE_MATCH_1}, but the project "
                        "version is ${VERSION}: add a <release version=\"${VERSION}\" date=...> "
                        "entry at the top of <releases>.")
endif()
message(STATUS "metainfo release ${CMAKE_MATCH_1} matches the project version")
