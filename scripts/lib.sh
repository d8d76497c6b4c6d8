# Shared setup steps for start.sh and test.sh: install what a fresh machine (Node and npm only) lacks.
PNPM_VERSION=12.21.0

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "==> installing pnpm $PNPM_VERSION"
    npm install -g "pnpm@$PNPM_VERSION" >/dev/null
  fi
}

# ensure_debian_packages CMD:PACKAGE... installs each PACKAGE whose CMD is missing.
ensure_debian_packages() {
  local missing=()
  for pair in "$@"; do
    local cmd=${pair%%:*} pkg=${pair#*:}
    [ -e "$cmd" ] || command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_dependencies() {
  export npm_config_nodedir=${npm_config_nodedir:-/usr}
  echo "==> installing dependencies"
  pnpm install --frozen-lockfile --reporter=append-only 2>&1 | tail -n 3
}

# Starts PostgreSQL (scripts/postgres.sh) and prints its URL; fails, naming what it got, unless
# that is one postgres:// URL (anything else on postgres.sh's stdout would end up in the URL).
postgres_url() {
  local url
  url=$(bash scripts/postgres.sh) || return 1
  if [[ ! "$url" =~ ^postgres://[^[:space:]]+$ ]]; then
    echo "scripts/postgres.sh did not print one postgres:// URL: '$url'" >&2
    return 1
  fi
  printf '%s\n' "$url"
}
