#!/usr/bin/env bash
# Runs the issue's check of the dashboard: `deepscalper start --source synthetic --max-cycles 3 --dashboard` in a
# fresh working directory, waits until the first version is registered (the trainer goes on with cycles 2 and 3),
# and has headless Chromium screenshot the page it serves while the trainer runs. Usage: scripts/dashboard-screenshot.sh [OUT.png] (default docs/images/dashboard.png).
# Needs chromium (Debian: apt-get install chromium); the CLI is built on first use by ./deepscalper.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/docs/images/dashboard.png}"
PORT="${DASHBOARD_PORT:-7272}"
WD="$(mktemp -d)"
PROFILE="$(mktemp -d)"
"$ROOT/deepscalper" --workdir "$WD" start --source synthetic --max-cycles 3 --no-progress --dashboard \
  --dashboard-port "$PORT" > "$WD/start.log" 2>&1 &
TRAINER=$!
trap 'kill "$TRAINER" 2>/dev/null || true; rm -rf "$PROFILE"' EXIT
# every section has data once the first cycle registered a version
for _ in $(seq 1 3000); do
  if curl -fs "http://127.0.0.1:$PORT/api/overview" | grep -q '"versions":[1-9]'; then break; fi
  if ! kill -0 "$TRAINER" 2>/dev/null; then echo "the trainer ended early:" >&2; cat "$WD/start.log" >&2; exit 1; fi
  sleep 0.05
done
mkdir -p "$(dirname "$OUT")"
# the page polls every 2 s; 6 s of virtual time let it load every section and draw every chart
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$PROFILE" --window-size=1400,3600 \
  --virtual-time-budget=6000 --screenshot="$OUT" "http://127.0.0.1:$PORT/" 2>/dev/null
if kill -0 "$TRAINER" 2>/dev/null; then echo "the trainer was still running when the screenshot was taken"; fi
wait "$TRAINER"
echo "screenshot: $OUT; working directory: $WD"
cat "$WD/start.log"
