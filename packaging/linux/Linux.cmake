# Linux: desktop integration installed with GNUInstallDirs (desktop file, AppStream metainfo,
# hicolor icons, man pages, copyright and changelog) and the DEB, RPM and TGZ settings.
set(tally_linux_src "${CMAKE_CURRENT_LIST_DIR}")
set(tally_linux_gen "${PROJECT_BINARY_DIR}/packaging/linux")
file(MAKE_DIRECTORY "${tally_linux_gen}")

# AppStream: the homepage and screenshot appear only when the build knows their real address.
set(TALLY_METAINFO_URLS "")
if(TALLY_HOMEPAGE_URL)
    string(REPLACE "&" "&amp;" url "${TALLY_HOMEPAGE_URL}")
    string(APPEND TALLY_METAINFO_URLS "  <url type=\"homepage\">${url}</url>\n")
endif()
if(TALLY_SCREENSHOT_URL)
    string(REPLACE "&" "&amp;" url "${TALLY_SCREENSHOT_URL}")
    string(APPEND TALLY_METAINFO_URLS
        "  <screenshots>\n"
        "    <screenshot type=\"default\">\n"
        "      <caption>A conversation with the cost and speed of every reply</caption>\n"
        "      <image>${url}</image>\n"
        "    </screenshot>\n"
        "  </screenshots>\n")
else()
    string(APPEND TALLY_METAINFO_URLS
        "  <!-- screenshots: added when the build is given TALLY_SCREENSHOT_URL -->\n")
endif()
configure_file("${tally_linux_src}/org.tally.Tally.metainfo.xml.in"
               "${tally_linux_gen}/${TALLY_APP_ID}.metainfo.xml" @ONLY)

# The Debian changelog wants an RFC 2822 date; `date` is on every Linux build machine.
execute_process(COMMAND date -u -R -d "${TALLY_RELEASE_DATE} 12:00:00 UTC"
                OUTPUT_VARIABLE TALLY_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
                COMMAND_ERROR_IS_FATAL ANY)
configure_file("${tally_linux_src}/changelog.in" "${tally_linux_gen}/changelog" @ONLY)
configure_file("${tally_linux_src}/tally.1" "${tally_linux_gen}/tally.1" @ONLY)
configure_file("${tally_linux_src}/tally-cli.1" "${tally_linux_gen}/tally-cli.1" @ONLY)
# Man pages and the changelog ship compressed, without a timestamp, so the package is the same
# for the same sources. They are configured above, so compressing them at configure time is enough.
find_program(TALLY_GZIP gzip REQUIRED)
foreach(doc changelog tally.1 tally-cli.1)
    execute_process(COMMAND "${TALLY_GZIP}" -9 -n -c
                    INPUT_FILE "${tally_linux_gen}/${doc}" OUTPUT_FILE "${tally_linux_gen}/${doc}.gz"
                    COMMAND_ERROR_IS_FATAL ANY)
endforeach()

install(FILES "${tally_linux_src}/${TALLY_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${tally_linux_gen}/${TALLY_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/tally.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${TALLY_APP_ID}.svg")
# PNGs made from the SVG by scripts/package-icons.sh (committed, so no build tool is needed).
set(tally_icon_sizes 16 22 24 32 48 64 128 256 512)
foreach(size IN LISTS tally_icon_sizes)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${TALLY_APP_ID}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()
install(FILES "${tally_linux_gen}/tally.1.gz" "${tally_linux_gen}/tally-cli.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
# /usr/share/doc/<package>, as Debian and Fedora expect (CMAKE_INSTALL_DOCDIR would say "Tally").
install(FILES "${tally_linux_src}/copyright" "${tally_linux_gen}/changelog.gz"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME}")
# Debian wants a maintainer address; while none is given, lintian is told so in the package.
if(NOT TALLY_PACKAGE_MAINTAINER MATCHES "<[^>@]+@[^>]+>")
    install(FILES "${tally_linux_src}/lintian-overrides.in"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME "${CPACK_PACKAGE_NAME}")
endif()

# DEB and RPM install under /usr (their default); the .tar.gz is a relocatable bin/ share/ tree.
set(CPACK_GENERATOR "DEB;RPM;TGZ")

# DEB. dpkg-shlibdeps finds the Qt libraries and QtKeychain the executables link; it cannot see
# what Qt loads as plugins at run time, so those packages are named here (Debian 12 names):
#   libqt6sql6-sqlite  the SQLite driver the conversation store opens (without it nothing is saved)
#   libqt6svg6         the SVG icon engine for the window and About icon (:/icons/tally.svg)
#   ca-certificates    the CA list the TLS backend checks provider certificates against
# The OpenSSL TLS backend plugin ships in libqt6network6 itself, which the scan finds and which
# depends on libssl3; the xcb platform plugin ships in libqt6gui6, likewise.
# Keys live in the Secret Service: any of its providers will do, so they are recommended.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TALLY_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, ca-certificates")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-thai-tlwg, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

# RPM (Fedora names). Automatic requirements cover the linked libraries; the plugins are named.
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase, qt6-qtsvg, ca-certificates")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
# The lintian override is for the .deb only.
set(CPACK_RPM_USER_FILELIST "%exclude /usr/share/lintian")
# Folders other packages own: the package lists only its own files in them.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS tally_icon_sizes)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
