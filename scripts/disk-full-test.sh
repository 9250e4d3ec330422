#!/usr/bin/env bash
# Disk-full trial (needs root, for a small tmpfs): for each free-space budget (KiB), fills a 2 MiB tmpfs so
# that only that much is left, runs `start --max-cycles 3` there (which usually fails on the full disk),
# frees the space and starts again. Every restart after the space is freed must succeed; each line shows
# the full run's error (which must name the cause) and the restart's exit code.
#
# usage: sudo scripts/disk-full-test.sh [KiB ...]     (default budgets: 20 60 120 250 400 700)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
M="$(mktemp -d "${TMPDIR:-/tmp}/deepscalper-diskfull.XXXXXX")"
mount -t tmpfs -o size=2m tmpfs "$M" || { echo "disk-full-test: cannot mount a tmpfs on $M (root needed)" >&2; exit 2; }
trap 'umount "$M"; rmdir "$M"' EXIT
CONF="$(mktemp -d)"
for kv in env.lookback=10 train.totalSteps=400 train.warmupSteps=64 train.bufferCapacity=5000 \
    train.epsilonDecaySteps=300 train.trunkSizes=16 train.headHidden=16 train.auxHidden=8 train.evalIntervalSteps=0 \
    train.checkpointIntervalSteps=100 train.seed=7 continuous.incrementalSteps=150 continuous.retrainIntervalHours=1 \
    continuous.disabledTriggers=every_friday data.lookbackDays=30; do
  "$ROOT/deepscalper" --workdir "$CONF" config --set "$kv" >/dev/null || exit 2
done
BUDGETS=("$@")
[[ ${#BUDGETS[@]} -eq 0 ]] && BUDGETS=(20 60 120 250 400 700)
failed=0 runs=0
for f in "${BUDGETS[@]}"; do
  runs=$((runs + 1))
  rm -rf "${M:?}"/*
  cp -r "$CONF" "$M/w"
  avail=$(df -k --output=avail "$M" | tail -1)
  (( avail > f )) && head -c $(((avail - f) * 1024)) /dev/zero > "$M/filler" 2>/dev/null
  full="$(timeout 300 "$ROOT/deepscalper" --workdir "$M/w" start --max-cycles 3 --clock simulated --no-progress 2>&1)"
  a=$?
  rm -f "$M/filler"
  again="$(timeout 300 "$ROOT/deepscalper" --workdir "$M/w" start --max-cycles 1 --clock simulated --no-progress 2>&1)"
  b=$?
  [[ $b -ne 0 ]] && failed=$((failed + 1))
  echo "free=${f}K: full run exit $a $(grep -m1 'error:' <<<"$full" | cut -c1-200) | restart exit $b" \
    "$(grep -m1 'error:' <<<"$again" | cut -c1-200)"
done
rm -rf "$CONF"
echo "disk-full-test summary: runs=$runs failed_restarts=$failed"
[[ $failed -eq 0 ]]
