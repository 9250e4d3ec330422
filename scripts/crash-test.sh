#!/usr/bin/env bash
# Crash-safety trial: kills the trainer (./deepscalper start) with SIGKILL at random moments N times,
# restarts it each time, and checks after every kill that
#   - every registered version matches its checksums (registry.json -> metadata.json -> model.params),
#   - metrics.db passes PRAGMA integrity_check and no committed row was lost or changed,
#   - no training run was registered twice (the run id each version's metadata carries),
#   - the restart works (a start that exits with an error before it is killed is a failed restart).
# A last start runs one cycle to completion. Prints one summary line and exits 0 only when the counts
# corrupt, lost_rows, duplicate_registrations and failed_restarts are 0. identical_parameter_pairs (versions
# of different runs with byte-equal parameters, i.e. trained on identical data) is reported, not failed on.
#
# usage: scripts/crash-test.sh N
# environment: CRASH_WORKDIR (default: a new temporary folder, kept), CRASH_MAX_DELAY (seconds before a kill,
#   chosen uniformly from 0.5..MAX; default 20), CRASH_SEED (default: the process id), CRASH_FINAL_TIMEOUT
#   (seconds for the last run, default 600). Needs python3 (with its sqlite3 module).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-}"
if ! [[ "$N" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/crash-test.sh N   (N >= 1 kills)" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "crash-test: python3 is needed for the checks" >&2; exit 2; }
W="${CRASH_WORKDIR:-$(mktemp -d "${TMPDIR:-/tmp}/deepscalper-crash.XXXXXX")}"
LOGS="$W.logs"
MAX_DELAY="${CRASH_MAX_DELAY:-20}"
RANDOM="${CRASH_SEED:-$$}"
FINAL_TIMEOUT="${CRASH_FINAL_TIMEOUT:-600}"
mkdir -p "$W" "$LOGS"
STATE="$LOGS/check-state.json"
DS=("$ROOT/deepscalper" --workdir "$W")

# a tiny run (seconds per retrain) that keeps retraining on the simulated clock, so kills land in every phase
for kv in env.lookback=10 train.totalSteps=400 train.warmupSteps=64 train.batchSize=32 train.bufferCapacity=5000 \
    train.epsilonDecaySteps=300 train.trunkSizes=16 train.headHidden=16 train.auxHidden=8 \
    train.evalIntervalSteps=0 train.checkpointIntervalSteps=100 train.seed=7 continuous.incrementalSteps=150 \
    continuous.retrainIntervalHours=1 continuous.disabledTriggers=every_friday data.lookbackDays=30; do
  if ! "${DS[@]}" config --set "$kv" >"$LOGS/config.log" 2>&1; then
    echo "crash-test: could not set $kv:" >&2; cat "$LOGS/config.log" >&2; exit 2
  fi
done

trials=0 kills=0 corrupt=0 lost=0 dups=0 failed=0 same=0
check() {
  local line c l d
  line="$(python3 "$ROOT/scripts/crash-check.py" "$W" "$STATE" 2>>"$LOGS/checks.log")" || {
    echo "crash-test: the check itself failed, see $LOGS/checks.log" >&2; corrupt=$((corrupt + 1)); return; }
  c="${line#corrupt=}"; c="${c%% *}"
  l="${line#*lost_rows=}"; l="${l%% *}"
  d="${line#*duplicate_registrations=}"; d="${d%% *}"
  same="${line#*identical_parameter_pairs=}"
  corrupt=$((corrupt + c)); lost=$((lost + l)); dups=$((dups + d))
}

for ((i = 1; i <= N; i++)); do
  trials=$((trials + 1))
  log="$LOGS/trial-$i.log"
  "${DS[@]}" start --max-cycles 0 --clock simulated --no-progress >"$log" 2>&1 &
  pid=$!
  delay_ms=$((500 + (RANDOM * 32768 + RANDOM) % (MAX_DELAY * 1000 - 499)))
  deadline=$(( $(date +%s%N) / 1000000 + delay_ms ))
  while kill -0 "$pid" 2>/dev/null && (( $(date +%s%N) / 1000000 < deadline )); do
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -9 "$pid" 2>/dev/null && kills=$((kills + 1))
    wait "$pid" 2>/dev/null
    outcome="killed after ${delay_ms} ms"
  else
    wait "$pid"; rc=$?
    outcome="exited with $rc before the kill"
    if [[ $rc -ne 0 ]]; then
      failed=$((failed + 1))
      echo "crash-test: trial $i: the start failed (exit $rc):" >&2
      tail -n 5 "$log" >&2
    fi
  fi
  check
  echo "trial $i: $outcome; so far corrupt=$corrupt lost_rows=$lost duplicate_registrations=$dups failed_restarts=$failed"
done

# the last restart must resume what the kills interrupted and complete a cycle
if timeout "$FINAL_TIMEOUT" "${DS[@]}" start --max-cycles 1 --clock simulated --no-progress >"$LOGS/final.log" 2>&1; then
  echo "final start: completed a cycle"
else
  failed=$((failed + 1))
  echo "crash-test: the final start failed:" >&2
  tail -n 5 "$LOGS/final.log" >&2
fi
check
versions=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1])).get("versions",[])))' \
  "$W/models/registry.json" 2>/dev/null || echo 0)
echo "crash-test summary: trials=$trials kills=$kills corrupt=$corrupt lost_rows=$lost" \
  "duplicate_registrations=$dups failed_restarts=$failed versions=$versions" \
  "identical_parameter_pairs=$same workdir=$W"
[[ $corrupt -eq 0 && $lost -eq 0 && $dups -eq 0 && $failed -eq 0 ]]
