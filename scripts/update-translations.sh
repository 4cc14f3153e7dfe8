#!/usr/bin/env bash
# Refreshes translations/tally_{en,th,zh_CN}.ts from the tr() strings under app/ (lupdate, obsolete
# entries dropped, English keeping only its plural forms), then says how many messages still
# wait for a translator. The invocation itself lives in scripts/update-translations.cmake, which
# the `update_translations` build target and the i18n test (tst_translationfiles) run as well.
#   scripts/update-translations.sh            update the committed files
#   scripts/update-translations.sh DIR        update copies in DIR, leave translations/ alone
#   LUPDATE=/path/to/lupdate                  to use another lupdate
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
[ -n "${LUPDATE:-}" ] && args+=("-DLUPDATE=$LUPDATE")
[ -n "${1:-}" ] && args+=("-DTS_DIR=$(realpath -m "$1")")
cmake "${args[@]}" -P scripts/update-translations.cmake

dir="${1:-translations}"
for ts in "$dir"/tally_en.ts "$dir"/tally_th.ts "$dir"/tally_zh_CN.ts; do
    printf '%s: %s messages, %s unfinished\n' "$ts" \
        "$(grep -c '<message' "$ts")" "$(grep -c 'type="unfinished"' "$ts" || true)"
done
