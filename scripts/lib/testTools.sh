# Shared by scripts/installTestVscode.sh and scripts/installTestWeb.sh (sourced): each installs
# npm tools pinned in a manifest into a git-ignored folder below .vscode-test/, and Debian packages.
# Messages carry the calling installer's name, so each script's output says where it comes from.
say() { echo "[$(basename "$0" .sh)] $*"; }
die() { echo "[$(basename "$0" .sh)] ERROR: $*" >&2; exit 1; }

# Installs those of the Debian packages "$@" that are missing (apt-get; sudo unless root).
ensure_apt_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
  done
  ((${#missing[@]})) || return 0
  command -v apt-get >/dev/null || die "need ${missing[*]} (Debian package names); install them and rerun"
  local sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  say "apt-get install ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# fetch_tools MANIFEST TOOLS STAMP: copies the manifest to TOOLS/package.json and fetches its
# packages without running their install scripts, so that the caller runs them (if at all) in a
# known environment. Removes the stamp first, so that an interrupted install is redone. Leaves the
# shell in TOOLS.
fetch_tools() {
  mkdir -p "$2"
  rm -f "$3"
  cp "$1" "$2/package.json"
  cd "$2"
  say "npm install ($(node -p 'Object.keys(require("./package.json").dependencies).join(", ")')) into $2"
  npm install --no-audit --no-fund --ignore-scripts --loglevel=error
}
