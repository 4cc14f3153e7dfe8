# Installers through CPack: .deb, .rpm and .tar.gz on Linux, NSIS on Windows, a .dmg on macOS.
# scripts/package.sh builds them from a release build; docs/PACKAGING.md explains the pieces.
# The version comes from project(Tally VERSION ...) only; what is true of one release besides it
# (its date) is set here, next to the release notes in linux/org.tally.Tally.metainfo.xml.in.
set(TALLY_RELEASE_DATE "2026-12-01")

# Addresses the packages may name. Nothing is made up: left empty, the packages carry no
# homepage and the AppStream data no screenshot. Release CI passes the repository it runs in.
set(TALLY_HOMEPAGE_URL "" CACHE STRING "Project homepage named by the packages (empty: none)")
set(TALLY_SCREENSHOT_URL "" CACHE STRING
    "Published address of packaging/linux/screenshots/main-window.png for the AppStream data (empty: none)")
set(TALLY_PACKAGE_MAINTAINER "The Tally developers" CACHE STRING
    "Maintainer named by the .deb and .rpm (a name, plus <address> only if a real one exists)")

set(CPACK_PACKAGE_NAME "tally")
set(CPACK_PACKAGE_VENDOR "The Tally developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Tally is a native Qt chat client for language-model APIs that speak the OpenAI
chat-completions protocol, cloud providers and local servers alike. Every
reply shows its tokens, time to first token, speed and cost, marked as
reported by the provider or estimated, with running totals per conversation
and session, and optional budgets. API keys stay in the system keychain;
history is kept in SQLite. The tally-cli command shares profiles, keys and
history with the app.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${TALLY_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "${TALLY_PACKAGE_MAINTAINER}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# Stable across versions: the install folder and the Windows registry key an upgrade looks for.
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Tally")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Tally")
set(CPACK_PACKAGE_EXECUTABLES "tally" "Tally")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")

if(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake")
elseif(APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake")
else()
    include("${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake")
endif()

# Release CI checks that .github/workflows/release.yml parses and names only files that exist,
# and that the Windows and macOS CMake above configures as far as a Linux machine can tell.
if(TALLY_BUILD_TESTS)
    add_test(NAME release_workflow
        COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/package-ci-check.sh")
    set_tests_properties(release_workflow PROPERTIES LABELS core TIMEOUT 120)
endif()

include(CPack)
