# CPack pre-build script (macOS): signs every .app CPack staged, before it goes into the .dmg.
file(GLOB_RECURSE tally_plists LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app/Contents/Info.plist")
foreach(plist IN LISTS tally_plists)
    get_filename_component(contents "${plist}" DIRECTORY)
    get_filename_component(bundle "${contents}" DIRECTORY)
    execute_process(COMMAND bash "${CPACK_TALLY_SIGN_SCRIPT}" app "${bundle}" COMMAND_ERROR_IS_FATAL ANY)
endforeach()
