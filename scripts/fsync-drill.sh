#!/usr/bin/env bash
# Durability proof (docs/SECURITY.md, "What an acknowledged export means"). Starts the real app as the other drills
# do, attaches strace to its process (every thread), sends N single exports through the API one after another (each
# waits for its 201 before the next is sent, so no two share a commit) and counts the fsync and fdatasync calls the
# app's process made meanwhile. Passes when there are at least as many as acknowledged exports: each 201 was sent only
# after its commit was on disk (SQLite's synchronous=FULL fsyncs the write-ahead log at every commit). It prints the
# figure. Needs the solution built (scripts/test.sh builds it) and strace, which it installs with apt-get if missing.
# Usage: bash scripts/fsync-drill.sh [exports]   (CONFIGURATION=Release to use a Release build)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/drill-common.sh"

exports="${1:-100}"
require_build

if ! command -v strace >/dev/null; then
    echo "Installing strace for the fsync drill..."
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y strace
fi

started=$SECONDS
start_app fsync

trace="$work/fsync.trace"
strace -f -e trace=fsync,fdatasync -o "$trace" -p "$app_pid" 2>"$work/strace.log" &
strace_pid=$!
# strace names each thread it attaches to on stderr; the exports start once it holds the process.
for _ in $(seq 1 300); do
    if grep -q 'attached' "$work/strace.log"; then
        break
    fi
    if ! kill -0 "$strace_pid" 2>/dev/null; then
        echo "strace could not attach to the app (pid $app_pid):" >&2
        cat "$work/strace.log" >&2
        exit 1
    fi
    sleep 0.1
done
sleep 1

status=0
acknowledged="$(drill sequential --url "$app_url" --key "$signing_key" --count "$exports")" || status=$?
kill -INT "$strace_pid" 2>/dev/null || true
wait "$strace_pid" 2>/dev/null || true
stop_app

# A call interrupted by another thread's is written twice ("fsync(12 <unfinished ...>", "<... fsync resumed>"):
# only the first line names its argument list.
fsyncs="$(grep -cE '\b(fsync|fdatasync)\(' "$trace" || true)"
if (( status != 0 )) || [[ -z "$acknowledged" ]]; then
    echo "Fsync drill FAILED: the exports did not all get 201 ($((SECONDS - started)) s). Logs kept in $work." >&2
    trap - EXIT
    exit 1
fi

per_export="$(awk -v f="$fsyncs" -v n="$acknowledged" 'BEGIN { printf "%.2f", f / n }')"
echo "Fsync drill: $acknowledged exports acknowledged one after another; the app's process made $fsyncs fsync/fdatasync calls meanwhile ($per_export per export)."
if (( fsyncs < acknowledged )); then
    echo "Fsync drill FAILED: fewer fsyncs than acknowledged exports, so some 201s were sent before their commit was on disk. Trace kept in $work." >&2
    trap - EXIT
    exit 1
fi
echo "Fsync drill passed ($((SECONDS - started)) s)."
