#!/usr/bin/env bash
# Reliability proof 7, crash safety. Five times: stream exports into the running app (POST /api/v1/exported-candidates,
# each with its Idempotency-Key) while a second process hires the exported candidates through Core's HiringService on
# the same database file; kill the app and the hiring process with SIGKILL mid-stream; restart the app; check that
# every export that got a 2xx is stored, no hire is half-written, the personnel number sequence moved by exactly the
# hires that committed, and PRAGMA integrity_check says ok. Needs the solution built (scripts/test.sh builds it).
# Usage: bash scripts/crash-drill.sh [rounds]   (CONFIGURATION=Release to use a Release build)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/drill-common.sh"

rounds="${1:-5}"
acked="$work/acknowledged.txt"
touch "$acked" "$work/hired.txt"
require_build

started=$SECONDS
start_app 0
drill check --db "$database" --baseline "$work/baseline.json"
failed=0
for round in $(seq 1 "$rounds"); do
    # Started as plain commands, so $! is the drill process itself and SIGKILL reaches it.
    dotnet "$drills" exports --url "$app_url" --key "$signing_key" --acked "$acked" --round "$round" --callers 8 2>>"$work/exports.log" &
    exports_pid=$!
    dotnet "$drills" hires --db "$database" --callers 2 >>"$work/hired.txt" 2>>"$work/hires.log" &
    hires_pid=$!

    # Mid-stream: once this round has 40 acknowledged exports and 5 hires (however slow the machine), then
    # 0.3 to 1.5 s later, a different moment each round.
    acked_before=$(wc -l <"$acked")
    hired_before=$(wc -l <"$work/hired.txt")
    for _ in $(seq 1 1200); do
        if (( $(wc -l <"$acked") >= acked_before + 40 && $(wc -l <"$work/hired.txt") >= hired_before + 5 )); then
            break
        fi
        sleep 0.1
    done
    if (( $(wc -l <"$acked") < acked_before + 40 || $(wc -l <"$work/hired.txt") < hired_before + 5 )); then
        echo "Round $round: the streams made no progress in two minutes." >&2
        failed=1
    fi
    sleep "$(( (round * 7) % 2 )).$(( 3 + (round * 37) % 7 ))"
    kill -KILL "$app_pid" "$hires_pid"
    wait "$app_pid" "$hires_pid" 2>/dev/null || true
    kill -KILL "$exports_pid"
    wait "$exports_pid" 2>/dev/null || true
    app_pid=""

    start_app "$round"
    echo "Round $round: SIGKILL to the app and the hiring process mid-stream ($(( $(wc -l <"$acked") - acked_before )) exports acknowledged and $(( $(wc -l <"$work/hired.txt") - hired_before )) hires reported this round); restarted."
    if ! drill check --db "$database" --baseline "$work/baseline.json" --acked "$acked"; then
        failed=1
    fi
done
stop_app

if (( failed )); then
    echo "Crash drill FAILED ($rounds rounds, $((SECONDS - started)) s). Logs kept in $work." >&2
    trap - EXIT
    exit 1
fi
echo "Crash drill passed: $rounds kills, $(wc -l <"$acked") acknowledged exports all stored, $(wc -l <"$work/hired.txt") hires reported, none half-written, integrity ok ($((SECONDS - started)) s)."
