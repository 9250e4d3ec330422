#!/usr/bin/env python3
"""Checks one deepscalper work directory after a kill (used by scripts/crash-test.sh).

usage: crash-check.py WORKDIR STATE_FILE
Prints one line "corrupt=<n> lost_rows=<n> duplicate_registrations=<n> identical_parameter_pairs=<total>"
and details on stderr.
STATE_FILE (JSON) carries what earlier checks saw: committed metric rows per table, and every run id and
parameter checksum ever registered, so that a duplicate is found even after retention deleted one copy.
"""
import hashlib
import json
import os
import sqlite3
import sys

TABLES = ["training_metrics", "custom_metrics", "evaluation_reports", "health_reports", "trigger_events",
          "data_reports", "alerts"]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_registry(workdir, state):
    corrupt, dups = 0, 0
    models = os.path.join(workdir, "models")
    catalog = os.path.join(models, "registry.json")
    if not os.path.exists(catalog):
        return 0, 0
    try:
        with open(catalog, "rb") as f:
            versions = json.load(f).get("versions", [])
    except (OSError, ValueError) as e:
        print(f"corrupt: registry.json unreadable: {e}", file=sys.stderr)
        return 1, 0
    runs = state.setdefault("runs", {})
    params = state.setdefault("params", {})
    reported = state.setdefault("duplicatePairs", [])
    same_params = state.setdefault("identicalParameterPairs", [])
    for v in versions:
        vid = v["id"]
        folder = os.path.join(models, vid)
        meta_path = os.path.join(folder, "metadata.json")
        if not os.path.exists(meta_path) or sha256(meta_path) != v.get("metadataSha256"):
            print(f"corrupt: {vid}: metadata.json missing or not matching the catalog", file=sys.stderr)
            corrupt += 1
            continue
        with open(meta_path, "rb") as f:
            meta = json.load(f)
        bad = False
        for name, want in (meta.get("files") or {}).items():
            p = os.path.join(folder, name)
            if not os.path.exists(p) or sha256(p) != want:
                print(f"corrupt: {vid}: {name} missing or not matching metadata.json", file=sys.stderr)
                bad = True
        if bad:
            corrupt += 1
            continue
        run = meta.get("runId")
        if run:
            first = runs.setdefault(run, vid)
            pair = f"{first}|{vid}"
            if first != vid and pair not in reported:
                print(f"duplicate: run {run} registered as {first} and {vid}", file=sys.stderr)
                reported.append(pair)
                dups += 1
        p = (meta.get("files") or {}).get("model.params")
        first = params.setdefault(p, vid) if p else vid
        pair = f"{first}|{vid}"
        if first != vid and pair not in same_params:
            # not a duplicate registration (other run ids), reported apart: two runs on identical data store
            # equal parameters, e.g. a run resumed on an earlier clock position than the one it started at
            print(f"note: identical parameters in {first} and {vid} (different runs)", file=sys.stderr)
            same_params.append(pair)
            state["identicalParameters"] = state.get("identicalParameters", 0) + 1
    return corrupt, dups


def check_metrics(workdir, state):
    db = os.path.join(workdir, "metrics.db")
    if not os.path.exists(db):
        return 0, 0
    corrupt, lost = 0, 0
    con = sqlite3.connect(db)
    try:
        res = con.execute("PRAGMA integrity_check").fetchall()
        if res != [("ok",)]:
            print(f"corrupt: metrics.db integrity_check: {res[:5]}", file=sys.stderr)
            corrupt += 1
        seen = state.setdefault("tables", {})
        for t in TABLES:
            try:
                rows = con.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall()
            except sqlite3.DatabaseError:
                continue
            before = seen.get(t)
            if before:
                kept = [r for r in rows if r[0] <= before["maxRowid"]]
                digest = hashlib.sha256(repr(kept).encode()).hexdigest()
                if len(kept) < before["count"]:
                    print(f"lost: {t}: {before['count'] - len(kept)} committed rows missing", file=sys.stderr)
                    lost += before["count"] - len(kept)
                elif digest != before["digest"]:
                    print(f"corrupt: {t}: committed rows changed", file=sys.stderr)
                    corrupt += 1
            max_rowid = rows[-1][0] if rows else 0
            seen[t] = {"count": len(rows), "maxRowid": max_rowid,
                       "digest": hashlib.sha256(repr(rows).encode()).hexdigest()}
    finally:
        con.close()
    return corrupt, lost


def main():
    workdir, state_file = sys.argv[1], sys.argv[2]
    state = {}
    if os.path.exists(state_file):
        with open(state_file) as f:
            state = json.load(f)
    c1, dups = check_registry(workdir, state)
    c2, lost = check_metrics(workdir, state)
    tmp = state_file + ".tmp"
    with open(tmp, "w") as f:
        json.dump(state, f)
    os.replace(tmp, state_file)
    print(f"corrupt={c1 + c2} lost_rows={lost} duplicate_registrations={dups} "
          f"identical_parameter_pairs={state.get('identicalParameters', 0)}")


if __name__ == "__main__":
    main()
