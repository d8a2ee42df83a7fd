#!/usr/bin/env bash
# Reliability proof 11, load. 100 concurrent callers export new candidates to the real app on loopback for 60 s
# (POST /api/v1/exported-candidates, one Idempotency-Key each). Passes when no answer is a 5xx, no connection fails,
# and the candidates stored equal the 201 answers. Needs the solution built (scripts/test.sh builds it).
# Usage: bash scripts/load-drill.sh [callers] [seconds]   (CONFIGURATION=Release to use a Release build)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/drill-common.sh"

callers="${1:-100}"
seconds="${2:-60}"
require_build

# All 100 callers are one application (LinkedIn Talent Hub), and its default bucket (100 a second, burst 200) would
# answer most of them 429: the proof is about what the app stores under load, so the run raises the limit through
# its configuration keys, as an operator would for a bulk migration.
export Api__RateLimit__PermitsPerSecond=1000000
export Api__RateLimit__Burst=1000000

started=$SECONDS
start_app load
echo "Load drill: $callers callers for $seconds s against $app_url (rate limit raised to 1,000,000 a second for the run)."
status=0
drill load --url "$app_url" --key "$signing_key" --db "$database" --callers "$callers" --seconds "$seconds" || status=$?
stop_app
if (( status != 0 )); then
    echo "Load drill FAILED ($((SECONDS - started)) s)." >&2
    exit 1
fi
echo "Load drill passed ($((SECONDS - started)) s)."
