#!/usr/bin/env bash
# Installs what the product needs (pnpm, dependencies, the built extension), then runs the sync
# server on http://localhost:8787 with ./data and prints how to connect the extension to it.
#
# Idempotent: the first run creates the user and prints its first device token (kept in
# ./data/.first-device-token, mode 600, so later runs can show it again; the server itself stores
# only token hashes). READOUTS_DEVICE=NAME npm start prints a new token for another device.
# READOUTS_USER (default: reader) and PORT (default: 8787) change the user and port.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_pnpm
install_dependencies

echo "==> building the extension"
pnpm --filter @readouts/extension run build 2>&1 | tail -n 2

PORT=${PORT:-8787}
DATA=./data
USER_NAME=${READOUTS_USER:-reader}
TOKEN_FILE=$DATA/.first-device-token
mkdir -p "$DATA"
readouts() { node --import tsx apps/server/src/cli/main.ts "$@" --data "$DATA"; }

if readouts token list "$USER_NAME" >/dev/null 2>&1; then
  if [ -n "${READOUTS_DEVICE:-}" ]; then
    token=$(readouts token add "$USER_NAME" --device "$READOUTS_DEVICE" | tail -n 1)
    about="a new token for device \"$READOUTS_DEVICE\""
  elif [ -s "$TOKEN_FILE" ]; then
    token=$(cat "$TOKEN_FILE")
    about="the token of $USER_NAME's first device (again); READOUTS_DEVICE=NAME npm start makes one for another device"
  else
    device="browser-$(date +%Y%m%d%H%M%S)"
    token=$(readouts token add "$USER_NAME" --device "$device" | tail -n 1)
    about="a new token for device \"$device\""
  fi
else
  device=${READOUTS_DEVICE:-first-browser}
  token=$(readouts user add "$USER_NAME" --device "$device" | tail -n 1)
  (umask 077 && printf '%s\n' "$token" >"$TOKEN_FILE")
  about="created user \"$USER_NAME\"; token of its first device \"$device\""
fi

cat <<INFO

==> readouts is ready
  Server:     http://localhost:$PORT   (data in $DATA)
  Extension:  load unpacked from $PWD/apps/extension/.output/chrome-mv3
              (chrome://extensions -> Developer mode -> Load unpacked)
  Connect:    open the extension's options page (right-click its icon -> Options) and paste
                Server URL:    http://localhost:$PORT
                Device token:  $token
              ($about)
  A second device: see docs/sync.md.

INFO

if node -e "fetch('http://127.0.0.1:$PORT/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then
  echo "==> a server already answers on port $PORT; leaving it running"
  exit 0
fi
echo "==> starting the server (Ctrl-C stops it)"
exec node --import tsx apps/server/src/cli/main.ts serve --port "$PORT" --data "$DATA"
