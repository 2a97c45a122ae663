#!/usr/bin/env bash
# HTTP benchmark: single-name POST /v1/screen over loopback with wrk.
#   bench/http-bench.sh [--duration 20s] [--connections 16] [--threads 2] [--list PATH ...]
# Starts `interdict serve` on a throw-away home (the bundled demo list, or the given list files or
# directories imported with `interdict lists import`), creates a screening user, runs wrk for a bounded
# time, prints throughput and latency percentiles, and stops the server.
set -euo pipefail
# ${arr[@]} of an empty array trips `set -u` on bash < 4.4; this script needs bash 4.4+ (Debian 10+).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration=20s connections=16 threads=2 lists=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --list) lists+=("$2"); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 2; }
home="$(mktemp -d)"
port="${INTERDICT_BENCH_PORT:-18080}"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$home"
}
trap cleanup EXIT

key="$("$root/interdict" users add bench --role screening --home "$home" 2>/dev/null)"
for l in "${lists[@]}"; do
  "$root/interdict" lists import "$l" --home "$home" >/dev/null
done
java ${INTERDICT_JAVA_OPTS:--Xmx2g} -jar "$root/app/target/interdict.jar" serve --home "$home" --port "$port" \
  2>"$home/server.log" &
server_pid=$!
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { echo "server did not become ready:" >&2; cat "$home/server.log" >&2; exit 1; }

cat > "$home/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $key"
local names = {"Kim Sangman", "Korea Mining Development", "John Smith", "Chon Ma San", "Vladimir Putin", "Maria Garcia"}
local i = 0
request = function()
  i = i + 1
  return wrk.format(nil, "/v1/screen", nil, '{"name":"' .. names[(i % #names) + 1] .. '"}')
end
done = function(summary, latency, requests)
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50: %.2f ms  p90: %.2f ms  p99: %.2f ms  max: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
LUA
echo "warm-up 5s..." >&2
wrk -t "$threads" -c "$connections" -d 5s -s "$home/post.lua" "http://127.0.0.1:$port" >/dev/null
echo "measuring $duration, $threads threads, $connections connections, $(nproc) cores" >&2
wrk -t "$threads" -c "$connections" -d "$duration" --latency -s "$home/post.lua" "http://127.0.0.1:$port"
