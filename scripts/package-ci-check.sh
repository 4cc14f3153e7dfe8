#!/usr/bin/env bash
# Checks what release CI will run but this machine cannot: that .github/workflows/release.yml
# parses as YAML, has the Windows/macOS/Ubuntu matrix, the Debian 12 job and the AppImage step,
# pins every action to a version, and names only scripts, files and presets that exist; and that
# the Windows and macOS CMake code (packaging/windows, packaging/macos) configures, with stand-ins
# for the Qt 6.8 and QtKeychain a Windows or macOS build finds. CTest runs it as release_workflow.
#   scripts/package-ci-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

python=""
for candidate in python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import yaml' 2>/dev/null; then
        python=$candidate
        break
    fi
done
[ -n "$python" ] || { echo "package-ci-check: needs python3 with PyYAML (apt-get install python3-yaml)" >&2; exit 1; }

"$python" - "$root" <<'PY'
import json, pathlib, re, sys
import yaml

root = pathlib.Path(sys.argv[1])
problems = []
workflow_path = root / ".github/workflows/release.yml"
workflow = yaml.safe_load(workflow_path.read_text())
if not isinstance(workflow, dict):
    sys.exit("release.yml: not a YAML mapping")
# YAML 1.1 reads the key "on" as true.
triggers = workflow.get("on", workflow.get(True))
if not triggers:
    problems.append("no triggers (on:)")
jobs = workflow.get("jobs") or {}
if not jobs:
    problems.append("no jobs")

presets = json.loads((root / "CMakePresets.json").read_text())
preset_names = {p["name"] for kind in ("configurePresets", "buildPresets", "testPresets")
                for p in presets.get(kind, [])}

path_pattern = re.compile(r"(?<![\w/.-])((?:scripts|packaging|cmake|resources|tests|app)/[\w./-]*[\w-])")
matrix_os, containers, runs = [], [], []
for name, job in jobs.items():
    strategy = job.get("strategy") or {}
    for entry in (strategy.get("matrix") or {}).get("include", []):
        matrix_os.append(str(entry.get("os", "")))
    container = job.get("container")
    if container:
        containers.append(container if isinstance(container, str) else container.get("image", ""))
    for step in job.get("steps") or []:
        uses = step.get("uses")
        if uses and not re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+\.\d+\.\d+", uses):
            problems.append(f"job {name}: action not pinned to a release tag: {uses}")
        if "run" in step:
            runs.append((name, step["run"]))

for name, text in runs:
    for path in path_pattern.findall(text):
        if not (root / path).exists():
            problems.append(f"job {name}: {path} does not exist")
    for preset in re.findall(r"--preset[ =](\S+)", text):
        if preset not in preset_names:
            problems.append(f"job {name}: no CMake preset named {preset}")

for family in ("windows", "macos", "ubuntu"):
    if not any(os.startswith(family) for os in matrix_os):
        problems.append(f"the matrix has no {family} runner")
if not any(c.startswith("debian:12") for c in containers):
    problems.append("no job in a debian:12 container")
if not any("scripts/package-appimage.sh" in text for _, text in runs):
    problems.append("no step makes the AppImage")

# One QtKeychain version: the workflow's and the one the build script pins.
pinned = re.search(r"^version=(\S+)", (root / "scripts/package-qtkeychain.sh").read_text(), re.M)
wanted = str((workflow.get("env") or {}).get("QTKEYCHAIN_VERSION", ""))
if not pinned or pinned.group(1) != wanted:
    problems.append(f"QTKEYCHAIN_VERSION {wanted!r} is not the version scripts/package-qtkeychain.sh pins")

for problem in problems:
    print("release.yml:", problem)
if problems:
    sys.exit(1)
print(f"release.yml: parses; jobs {', '.join(jobs)}; runners {', '.join(matrix_os)}; "
      f"containers {', '.join(containers)}; {len(runs)} run steps, every path and preset they name exists")
PY

# The Windows and macOS branches, configured on this machine with stand-ins for the targets and
# the Qt a real build has: catches syntax errors, wrong arguments to the Qt deploy API, and
# files (icons, manifest, plist, scripts) that are missing.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)
for platform in WIN32 APPLE; do
    project="$work/$platform"
    mkdir -p "$project"
    echo 'int main() { return 0; }' > "$project/main.cpp"
    cat > "$project/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.24)
project(Tally VERSION $version DESCRIPTION "package-ci-check stand-in" LANGUAGES CXX)
set(TALLY_APP_ID "org.tally.Tally")
include(GNUInstallDirs)
add_executable(tally main.cpp)
add_executable(tally-cli main.cpp)
add_library(qt6keychain STATIC IMPORTED)
set_target_properties(qt6keychain PROPERTIES IMPORTED_LOCATION "\${CMAKE_BINARY_DIR}/libqt6keychain.a")
add_library(Qt6Keychain::Qt6Keychain ALIAS qt6keychain)
# What find_package(Qt6 ...) gives a Windows or macOS build with Qt 6.8.
macro(find_package name)
    if("\${name}" STREQUAL "Qt6")
        set(Qt6_VERSION 6.8.3)
        foreach(qt_target Svg:SHARED QSvgIconPlugin:MODULE QSvgPlugin:MODULE)
            string(REPLACE ":" ";" qt_target "\${qt_target}")
            list(GET qt_target 0 qt_name)
            list(GET qt_target 1 qt_type)
            if(NOT TARGET Qt6::\${qt_name})
                add_library(Qt6::\${qt_name} \${qt_type} IMPORTED)
                set_target_properties(Qt6::\${qt_name} PROPERTIES
                    IMPORTED_LOCATION "\${CMAKE_BINARY_DIR}/\${qt_name}.dll"
                    IMPORTED_IMPLIB "\${CMAKE_BINARY_DIR}/\${qt_name}.lib")
            endif()
        endforeach()
    else()
        _find_package(\${ARGV})
    endif()
endmacro()
find_package(Qt6)
# Qt 6.5+'s signature: qt_generate_deploy_app_script(TARGET t OUTPUT_SCRIPT var [options]).
function(qt_generate_deploy_app_script)
    cmake_parse_arguments(PARSE_ARGV 0 arg "NO_UNSUPPORTED_PLATFORM_ERROR;NO_TRANSLATIONS;NO_COMPILER_RUNTIME"
        "TARGET;OUTPUT_SCRIPT" "DEPLOY_TOOL_OPTIONS")
    if(NOT TARGET "\${arg_TARGET}" OR NOT arg_OUTPUT_SCRIPT OR arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "qt_generate_deploy_app_script: not Qt 6.5's signature: \${ARGV}")
    endif()
    file(WRITE "\${CMAKE_BINARY_DIR}/deploy-\${arg_TARGET}.cmake" "")
    set(\${arg_OUTPUT_SCRIPT} "\${CMAKE_BINARY_DIR}/deploy-\${arg_TARGET}.cmake" PARENT_SCOPE)
endfunction()
set($platform 1)
set(PROJECT_SOURCE_DIR "$root")
include("$root/packaging/Packaging.cmake")
CMAKE
    if ! cmake -S "$project" -B "$project/build" -G Ninja > "$project/configure.log" 2>&1; then
        cat "$project/configure.log"
        echo "package-ci-check: the $platform packaging CMake does not configure" >&2
        exit 1
    fi
    generators=$(sed -n 's/^set(CPACK_GENERATOR "\(.*\)")$/\1/p' "$project/build/CPackConfig.cmake")
    echo "packaging CMake with $platform: configures; CPack generator $generators"
done
grep -q "FILEVERSION ${version//./,},0" "$work/WIN32/build/packaging/windows/tally.rc" \
    || { echo "package-ci-check: tally.rc does not carry version $version" >&2; exit 1; }
echo "tally.rc: FILEVERSION ${version//./,},0 from project(Tally VERSION $version)"
echo "package-ci-check: passed"
