# tally_options: the policy every Tally target links. Keeping it in one INTERFACE target means a
# new library or test inherits the same language level, warnings and Qt strictness by linking it.
add_library(tally_options INTERFACE)

target_compile_features(tally_options INTERFACE cxx_std_20)

target_compile_definitions(tally_options INTERFACE
    # Every conversion between bytes and text must say its encoding.
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    # Deprecated APIs up to the oldest Qt we support are compile errors, so we never lean on them.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TALLY_APP_ID="${TALLY_APP_ID}")

if(MSVC)
    target_compile_options(tally_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
else()
    target_compile_options(tally_options INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(tally_options INTERFACE -Wshadow=local)
    else()
        target_compile_options(tally_options INTERFACE -Wshadow-uncaptured-local)
    endif()
endif()

if(TALLY_SANITIZE)
    if(MSVC)
        target_compile_options(tally_options INTERFACE /fsanitize=address)
    else()
        target_compile_options(tally_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(tally_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
