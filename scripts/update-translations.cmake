# The one lupdate invocation for Tally's .ts files, run by scripts/update-translations.sh, by the
# `update_translations` build target and by the i18n test (into a copy), so all three agree.
#
#   cmake -DLUPDATE=<path to lupdate> [-DTS_DIR=<folder>] -P scripts/update-translations.cmake
#
# Without TS_DIR the committed files in translations/ are updated. With TS_DIR the committed
# files are first copied there and the copies are updated, leaving translations/ untouched.
#
# Every tr() and QCoreApplication::translate() string under app/ goes into tally_th.ts and
# tally_zh_CN.ts; tally_en.ts keeps only the plural forms (English is the source language, its
# other strings need no translation). Entries whose source is gone are dropped (-no-obsolete) and
# no line numbers are stored (-locations none), so unrelated edits do not churn the files.
# qt_th.ts holds Qt's own strings in Thai (Debian ships no Thai Qt translation); they come from
# Qt's sources, not ours, so lupdate never touches that file.
cmake_minimum_required(VERSION 3.24)

if(NOT LUPDATE)
    find_program(LUPDATE NAMES lupdate lupdate-qt6
        HINTS /usr/lib/qt6/bin /usr/lib/x86_64-linux-gnu/qt6/bin /usr/lib/aarch64-linux-gnu/qt6/bin)
endif()
if(NOT LUPDATE OR NOT EXISTS "${LUPDATE}")
    message(FATAL_ERROR "lupdate not found: pass -DLUPDATE=<path> (Debian: qt6-l10n-tools, /usr/lib/qt6/bin/lupdate)")
endif()

get_filename_component(source_dir "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(committed "${source_dir}/translations")
if(TS_DIR)
    file(MAKE_DIRECTORY "${TS_DIR}")
    file(COPY "${committed}/tally_en.ts" "${committed}/tally_th.ts" "${committed}/tally_zh_CN.ts"
         DESTINATION "${TS_DIR}")
    set(ts_dir "${TS_DIR}")
else()
    set(ts_dir "${committed}")
endif()

set(common_options -silent -no-obsolete -locations none)
# Paths relative to the source folder: lupdate prints them in its warnings.
execute_process(
    COMMAND "${LUPDATE}" ${common_options} app -ts "${ts_dir}/tally_th.ts" "${ts_dir}/tally_zh_CN.ts"
    WORKING_DIRECTORY "${source_dir}"
    RESULT_VARIABLE translated_result)
execute_process(
    COMMAND "${LUPDATE}" ${common_options} -pluralonly app -ts "${ts_dir}/tally_en.ts"
    WORKING_DIRECTORY "${source_dir}"
    RESULT_VARIABLE english_result)
if(NOT translated_result EQUAL 0 OR NOT english_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${translated_result}, ${english_result})")
endif()
