# CPack post-build script (macOS): signs, notarises and staples each .dmg CPack made.
foreach(package IN LISTS CPACK_PACKAGE_FILES)
    if(package MATCHES "\\.dmg$")
        execute_process(COMMAND bash "${CPACK_TALLY_SIGN_SCRIPT}" dmg "${package}" COMMAND_ERROR_IS_FATAL ANY)
    endif()
endforeach()
