#!/usr/bin/env bash
# Copy the built browser assets from web/node_modules (installed by `npm ci` from web/package-lock.json)
# into kg/web/static/vendor/, where the server serves them: it never fetches anything from a CDN.
#   web/vendor.sh          copy (then commit kg/web/static/vendor/)
#   web/vendor.sh --check  exit 1 unless the committed files are exactly what the lockfile gives
set -euo pipefail
cd "$(dirname "$0")"
dest=../kg/web/static/vendor
yasgui=node_modules/@zazuko/yasgui
[ -f "$yasgui/package.json" ] || { echo "web/node_modules is missing: run 'cd web && npm ci --ignore-scripts' first" >&2; exit 1; }

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
mkdir -p "$staging/yasgui"
cp "$yasgui/build/yasgui.min.js" "$yasgui/build/yasgui.min.css" "$staging/yasgui/"
version=$(node -p 'require("./node_modules/@zazuko/yasgui/package.json").version')
cat > "$staging/yasgui/SOURCE.txt" <<TXT
@zazuko/yasgui $version (MIT licence; https://github.com/rdfjs/Yasgui), the SPARQL editor of /query.
build/yasgui.min.js and build/yasgui.min.css from the npm package, as pinned by web/package-lock.json.
Copied by 'make vendor' (web/vendor.sh); 'make test' checks they are unchanged. Do not edit.
TXT

if [ "${1:-}" = "--check" ]; then
  if diff -r "$staging" "$dest" >/dev/null; then
    echo "kg/web/static/vendor/ matches web/package-lock.json (@zazuko/yasgui $version)"
  else
    diff -rq "$staging" "$dest" >&2 || true
    echo "kg/web/static/vendor/ differs from what web/package-lock.json gives: run 'make vendor' and commit it" >&2
    exit 1
  fi
else
  rm -rf "$dest"
  mkdir -p "$dest"
  cp -r "$staging/." "$dest/"
  echo "copied @zazuko/yasgui $version into kg/web/static/vendor/"
fi
