#!/usr/bin/env bash
# Installs the real VS Code that `npm run test:integration`, `npm start` and `npm run test:smoke` use.
#
# VS Code desktop cannot be downloaded here (only the npm registry and Debian's apt are reachable),
# but the `code-server` npm package ships a complete VS Code server with its web workbench. We run
# that server and load the workbench in Debian's Chromium through playwright-core. The versions are
# pinned in test/vscode/tools.package.json (code-server 4.100.3 = VS Code 1.100.3, the oldest
# release our engines.vscode accepts, which runs on the machine's Node 20).
#
# Idempotent: a stamp keyed by the manifest's hash and the Node version skips finished work.
# Environment: DOSSIER_VSCODE_TOOLS  tools folder (default: .vscode-test/tools in the repository)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
manifest="$root/test/vscode/tools.package.json"
tools="${DOSSIER_VSCODE_TOOLS:-$root/.vscode-test/tools}"
# shellcheck source=lib/testTools.sh
source "$root/scripts/lib/testTools.sh"

# 1. Debian packages: chromium shows the workbench; ripgrep stands in for @vscode/ripgrep's GitHub
#    download; libkrb5-dev, g++, make and python3 build code-server's native modules (node-gyp).
ensure_apt_packages chromium libkrb5-dev ripgrep g++ make python3

# Native modules are compiled against the Node that will run the server, so its version is part of the key.
node_version="$(node -p 'process.version')"
stamp_key="$( (cat "$manifest"; echo "$node_version") | sha256sum | cut -d' ' -f1)"
stamp="$tools/.installed"
vscode_dir="$tools/node_modules/code-server/lib/vscode"

# Loads every native module the server needs, in the Node that runs the server: proves they were
# built (npm's install-script policy or a missing compiler would otherwise leave them out silently).
check_native_modules() {
  (cd "$vscode_dir" && node -e '
    const mods = ["node-pty", "@vscode/spdlog", "kerberos", "@parcel/watcher", "native-watchdog"];
    for (const m of mods) {
      try { require(m); } catch (e) { console.error(`native module ${m} does not load: ${e.message}`); process.exit(1); }
    }
    if (!require("fs").existsSync("node_modules/@vscode/ripgrep/bin/rg")) { console.error("@vscode/ripgrep has no bin/rg"); process.exit(1); }
  ')
}

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$stamp_key" ] && check_native_modules 2>/dev/null; then
  say "up to date: $tools"
  exit 0
fi

# 2. Fetch the packages without running anything yet, so the scripts run below in a known environment.
fetch_tools "$manifest" "$tools" "$stamp"

# code-server's install script accepts only the Node major it was built for.
wanted_node="$(node -p 'require("./node_modules/code-server/package.json").engines.node')"
[ "$wanted_node" = "$(node -p 'process.versions.node.split(".")[0]')" ] \
  || die "code-server in $manifest needs Node $wanted_node, this is Node $node_version"

# 3. code-server 4.100 pulls @vscode/ripgrep, whose install script downloads rg from GitHub into
#    <tmpdir>/vscode-ripgrep-cache-<package version>/ unless the archive is already there: seed that
#    cache with Debian's rg. A private TMPDIR keeps the seeded cache out of the shared /tmp.
export TMPDIR="$tools/.tmp"
mkdir -p "$TMPDIR"
rg_package_version="$(node -p 'require("./node_modules/code-server/lib/vscode/npm-shrinkwrap.json").packages["node_modules/@vscode/ripgrep"]?.version ?? ""')"
if [ -n "$rg_package_version" ]; then
  rg_cache="$TMPDIR/vscode-ripgrep-cache-$rg_package_version"
  mkdir -p "$rg_cache"
  staging="$(mktemp -d)"
  # The archive name carries the rg release that this @vscode/ripgrep version would download.
  (cd "$staging" && npm pack --silent "@vscode/ripgrep@$rg_package_version" >/dev/null && tar xzf ./*.tgz package/lib/postinstall.js)
  rg_release="$(sed -n "s/^const VERSION = '\(v[^']*\)'.*/\1/p" "$staging/package/lib/postinstall.js")"
  [ -n "$rg_release" ] || die "cannot tell which rg release @vscode/ripgrep@$rg_package_version downloads"
  cp "$(command -v rg)" "$staging/rg"
  for target in x86_64-unknown-linux-musl aarch64-unknown-linux-musl; do
    archive="$rg_cache/ripgrep-$rg_release-$target.tar.gz"
    [ -f "$archive" ] || tar czf "$archive" -C "$staging" rg
  done
  rm -rf "$staging"
fi

# 4. Run the install scripts. code-server's postinstall runs `npm install` inside lib/vscode, which
#    builds the native modules with node-gyp against this Node's headers (nodedir: no download).
#    unsafe_perm: code-server refuses to install as root without it; yes: node-pty's script runs
#    `npx node-gyp`, which would otherwise prompt. npm 11's install-script policy: the manifest's
#    allowScripts approves code-server, and strict mode is off so the nested install in lib/vscode
#    (which has no policy of its own) still runs its dependencies' scripts.
node_prefix="$(node -p 'require("path").resolve(process.execPath, "../..")')"
[ -f "$node_prefix/include/node/node.h" ] || die "no Node headers in $node_prefix/include/node (node-gyp needs them offline)"
export npm_config_nodedir="$node_prefix"
export npm_config_unsafe_perm=true npm_config_yes=true
export npm_config_ignore_scripts=false npm_config_strict_allow_scripts=false
# Most of the time goes into compiling @vscode/spdlog: let node-gyp's make use every core.
export JOBS="${JOBS:-max}"
say "npm rebuild (builds code-server's native modules; log: $tools/rebuild.log)"
if ! npm rebuild --foreground-scripts >"$tools/rebuild.log" 2>&1; then
  tail -40 "$tools/rebuild.log" >&2
  die "npm rebuild failed (full log: $tools/rebuild.log)"
fi
check_native_modules || { tail -40 "$tools/rebuild.log" >&2; die "code-server's install scripts did not build its native modules (log: $tools/rebuild.log)"; }

rm -rf "$TMPDIR"
server_version="$(node "$vscode_dir/out/server-main.js" --version 2>/dev/null | head -1 || true)"
echo "$stamp_key" >"$stamp"
say "installed VS Code ${server_version:-?} in $tools"
