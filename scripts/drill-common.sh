# Shared by scripts/crash-drill.sh and scripts/load-drill.sh (sourced, not run): start the real app from its build
# output on a loopback port, on a SQLite file in a temp folder, in Development (demo data: LinkedIn Talent Hub is
# registered), accepting app tokens signed with a key made for this run, as `dotnet user-jwts` would set it up.

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
configuration="${CONFIGURATION:-Debug}"
web_dir="$repo/HireHub.Web/bin/$configuration/net10.0"
drills="$repo/scripts/HireHub.Drills/bin/$configuration/net10.0/HireHub.Drills.dll"
work="$(mktemp -d "${TMPDIR:-/tmp}/hirehub-drill-XXXXXX")"
database="$work/hirehub.db"
signing_key="$(head -c 32 /dev/urandom | base64 -w0)"
app_pid=""
app_url=""

export ASPNETCORE_ENVIRONMENT=Development
export ConnectionStrings__HireHub="Data Source=$database"
export Authentication__Schemes__Bearer__SigningKeys__0__Id=drill
export Authentication__Schemes__Bearer__SigningKeys__0__Issuer=dotnet-user-jwts
export Authentication__Schemes__Bearer__SigningKeys__0__Value="$signing_key"
export Authentication__Schemes__Bearer__SigningKeys__0__Length=32

require_build() {
    if [[ ! -f "$web_dir/HireHub.Web.dll" || ! -f "$drills" ]]; then
        echo "Build first: dotnet build HireHub.sln (configuration $configuration)." >&2
        exit 2
    fi
}

# Starts the app on a free loopback port and waits until it answers; sets app_pid and app_url.
start_app() {
    local log="$work/app-$1.log"
    (cd "$web_dir" && exec dotnet HireHub.Web.dll --urls http://127.0.0.1:0 >"$log" 2>&1) &
    app_pid=$!
    for _ in $(seq 1 600); do
        app_url="$(grep -o 'Now listening on: http://127.0.0.1:[0-9]*' "$log" | head -1 | sed 's/Now listening on: //' || true)"
        # Kestrel logs the address once bound, and "Application started" once the app (migrated, seeded) serves.
        if [[ -n "$app_url" ]] && grep -q 'Application started' "$log"; then
            return 0
        fi
        if ! kill -0 "$app_pid" 2>/dev/null; then
            echo "The app exited on start; its log:" >&2
            tail -20 "$log" >&2
            return 1
        fi
        sleep 0.2
    done
    echo "The app did not answer within two minutes." >&2
    return 1
}

stop_app() {
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    app_pid=""
}

drill() {
    dotnet "$drills" "$@"
}

cleanup() {
    for pid in $(jobs -p); do
        kill -KILL "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
