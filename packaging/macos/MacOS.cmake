# macOS: Tally.app with its Info.plist and icon, tally-cli inside the bundle, Qt deployed into
# the bundle by macdeployqt, a signed (when CI has the secrets) DragNDrop .dmg.
set(tally_macos_src "${CMAKE_CURRENT_LIST_DIR}")
foreach(file Info.plist.in tally.icns sign-and-notarize.sh SignBundle.cmake NotarizeDmg.cmake)
    if(NOT EXISTS "${tally_macos_src}/${file}")
        message(FATAL_ERROR "packaging/macos/${file} is missing")
    endif()
endforeach()
# Qt 6.8, the Qt the release builds use, runs on macOS 12 and later.
set(TALLY_MACOS_MINIMUM_SYSTEM "12.0" CACHE STRING "LSMinimumSystemVersion of Tally.app")

set_target_properties(tally PROPERTIES
    OUTPUT_NAME "Tally"
    MACOSX_BUNDLE_INFO_PLIST "${tally_macos_src}/Info.plist.in"
    MACOSX_BUNDLE_ICON_FILE "tally.icns"
    INSTALL_RPATH "@executable_path/../Frameworks")
target_sources(tally PRIVATE "${tally_macos_src}/tally.icns")
set_source_files_properties("${tally_macos_src}/tally.icns" TARGET_DIRECTORY tally
    PROPERTIES MACOSX_PACKAGE_LOCATION "Resources")
# tally-cli is installed into Tally.app/Contents/MacOS (app/cli/CMakeLists.txt) and uses the Qt
# frameworks macdeployqt copies into the bundle.
set_target_properties(tally-cli PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")

if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    # macdeployqt ships the SVG icon plugins only when the app links QtSvg; the window icon is an
    # SVG, so link it (macOS keeps every linked framework as a load command).
    find_package(Qt6 REQUIRED COMPONENTS Svg)
    target_link_libraries(tally PRIVATE Qt6::Svg)
    qt_generate_deploy_app_script(TARGET tally OUTPUT_SCRIPT tally_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${tally_deploy_script}")
else()
    message(STATUS "Qt ${Qt6_VERSION} < 6.5: Tally.app gets no Qt deployment")
endif()

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Tally")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${tally_macos_src}/tally.icns")
# Signing happens on the staged bundle before the .dmg is made, notarisation on the .dmg after;
# both steps skip, saying so, when the signing secrets are not in the environment.
set(CPACK_TALLY_SIGN_SCRIPT "${tally_macos_src}/sign-and-notarize.sh")
set(CPACK_PRE_BUILD_SCRIPTS "${tally_macos_src}/SignBundle.cmake")
set(CPACK_POST_BUILD_SCRIPTS "${tally_macos_src}/NotarizeDmg.cmake")
