# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# The sanitizer build (CVM_SANITIZE) and the fuzzing build (CVM_BUILD_FUZZERS) instrument every
# target of the tree, so that the whole test suite runs under ASan+UBSan and the fuzzers see
# coverage of cvmcore, not just of their own entry points.
if(CVM_BUILD_FUZZERS AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CVM_BUILD_FUZZERS needs clang (libFuzzer): configure with CXX=clang++")
endif()

if(CVM_SANITIZE OR CVM_BUILD_FUZZERS)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()

if(CVM_BUILD_FUZZERS)
    # Coverage instrumentation everywhere; only the fuzzer executables link libFuzzer's main.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
