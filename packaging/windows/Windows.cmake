# Windows: icon, version resource and DPI-aware manifest in both executables, Qt and the compiler
# runtime deployed beside them, and an NSIS installer (Start-menu entry, uninstaller, upgrade).
set(tally_windows_src "${CMAKE_CURRENT_LIST_DIR}")
set(TALLY_RC_ICON "${tally_windows_src}/tally.ico")
foreach(file tally.ico tally.manifest tally.rc.in)
    if(NOT EXISTS "${tally_windows_src}/${file}")
        message(FATAL_ERROR "packaging/windows/${file} is missing")
    endif()
endforeach()
foreach(tally_exe IN ITEMS tally tally-cli)
    set(TALLY_RC_NAME "${tally_exe}")
    if(tally_exe STREQUAL "tally")
        set(TALLY_RC_DESCRIPTION "Tally, a chat client for LLM APIs")
    else()
        set(TALLY_RC_DESCRIPTION "Tally command-line companion")
    endif()
    configure_file("${tally_windows_src}/tally.rc.in" "${PROJECT_BINARY_DIR}/packaging/windows/${tally_exe}.rc" @ONLY)
    target_sources(${tally_exe} PRIVATE
        "${PROJECT_BINARY_DIR}/packaging/windows/${tally_exe}.rc"
        "${tally_windows_src}/tally.manifest")
endforeach()

# The installer carries QtKeychain inside the executables (scripts/package-qtkeychain.sh builds
# it static); a shared one found instead is shipped beside them so the installer still works.
get_target_property(tally_keychain Qt6Keychain::Qt6Keychain ALIASED_TARGET)
if(NOT tally_keychain)
    set(tally_keychain Qt6Keychain::Qt6Keychain)
endif()
get_target_property(tally_keychain_type ${tally_keychain} TYPE)
if(tally_keychain_type STREQUAL "SHARED_LIBRARY")
    message(WARNING "QtKeychain is a DLL here; the installer ships it. Release builds use a static one.")
    install(IMPORTED_RUNTIME_ARTIFACTS ${tally_keychain} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()

# Qt's DLLs, plugins (platform, styles, SQLite driver, TLS backends) and translations, found by
# windeployqt from what tally.exe links. The deploy API has this form from Qt 6.5 on; older Qt
# builds install without deployment (fine for a developer build, not for an installer).
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET tally OUTPUT_SCRIPT tally_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${tally_deploy_script}")
    # The window icon is an SVG the icon engine plugin draws; tally.exe does not link QtSvg, so
    # windeployqt cannot see that it is needed. Ship QtSvg and its two plugins explicitly.
    find_package(Qt6 COMPONENTS Svg)
    if(TARGET Qt6::Svg)
        install(IMPORTED_RUNTIME_ARTIFACTS Qt6::Svg RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    endif()
    foreach(plugin IN ITEMS QSvgIconPlugin:iconengines QSvgPlugin:imageformats)
        string(REPLACE ":" ";" plugin "${plugin}")
        list(GET plugin 0 plugin_target)
        list(GET plugin 1 plugin_dir)
        if(TARGET Qt6::${plugin_target})
            install(IMPORTED_RUNTIME_ARTIFACTS Qt6::${plugin_target}
                    LIBRARY DESTINATION "plugins/${plugin_dir}" RUNTIME DESTINATION "plugins/${plugin_dir}")
        endif()
    endforeach()
else()
    message(STATUS "Qt ${Qt6_VERSION} < 6.5: the Windows install tree gets no Qt deployment")
endif()
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "NSIS")
set(CPACK_NSIS_PACKAGE_NAME "Tally")
set(CPACK_NSIS_DISPLAY_NAME "Tally")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${tally_windows_src}/tally.ico")
set(CPACK_NSIS_MUI_UNIICON "${tally_windows_src}/tally.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tally.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Tally")
# Upgrade: the registry key (CPACK_PACKAGE_INSTALL_REGISTRY_KEY, "Tally") is the same for every
# version, so a newer installer finds the older one and uninstalls it first.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CONTACT "${TALLY_PACKAGE_MAINTAINER}")
if(TALLY_HOMEPAGE_URL)
    set(CPACK_NSIS_URL_INFO_ABOUT "${TALLY_HOMEPAGE_URL}")
endif()
