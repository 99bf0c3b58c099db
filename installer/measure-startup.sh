#!/usr/bin/env bash
# Start-up time of Luoshi: from just before the process is started until the main window has laid
# out its first frame with the sample plan (the time the app prints under --smoke-test).
#
#   installer/measure-startup.sh [-n RUNS] [--jar | --launcher PATH] [--workspace FILE] [-- JAVA_OPTIONS…]
#
# --workspace FILE starts on a copy of FILE (e.g. the 10,000-task workspace BigWorkspace writes)
# instead of the sample plan; the copy is made afresh before every start.
# Default: the app image built by installer/Package.java (target/installer/image). --jar measures
# `java -jar target/luoshi.jar` instead; extra JVM options after -- apply to --jar only.
# Without a DISPLAY it runs its own Xvfb. The first start (which imports the sample plan into a new
# workspace) is reported apart; the median is over the RUNS starts after it.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=11
launcher=""
jar=false
given_workspace=""
java_opts=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --jar) jar=true; shift ;;
    --launcher) launcher="$2"; shift 2 ;;
    --workspace) given_workspace="$2"; shift 2 ;;
    --) shift; java_opts=("$@"); break ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if $jar; then
  cmd=(java "${java_opts[@]}" -jar target/luoshi.jar)
else
  if [ -z "$launcher" ]; then
    case "$(uname -s)" in
      Darwin) launcher=target/installer/image/Luoshi.app/Contents/MacOS/Luoshi ;;
      *) launcher=target/installer/image/Luoshi/bin/Luoshi ;;
    esac
  fi
  [ -x "$launcher" ] || { echo "no launcher at $launcher: build it with java installer/Package.java" >&2; exit 2; }
  cmd=("$launcher")
fi

tmp=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ] && [ "$(uname -s)" = Linux ]; then
  for d in $(seq 90 120); do
    [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ] && continue
    Xvfb ":$d" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=":$d"
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done
    break
  done
fi

workspace="$tmp/workspace.db"
# CPU time of each start too (user + system, whole process): unlike the wall time it hardly
# changes when other programs keep the machine busy.
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f "%U %S" -o "$tmp/cpu")

# One start: prints the milliseconds from launch to the first frame with the plan, and the CPU ms.
start_once() {
  local began out shown cpu=""
  if [ -n "$given_workspace" ]; then
    rm -f "$workspace" "$workspace-wal" "$workspace-shm"
    cp "$given_workspace" "$workspace"
  fi
  began=$(date +%s%3N)
  out=$("${timer[@]}" "${cmd[@]}" --smoke-test --workspace "$workspace" 2>"$tmp/err") || {
    echo "start failed:" >&2; cat "$tmp/err" >&2; echo "$out" >&2; exit 1; }
  shown=$(sed -n 's/.*shownAt=\([0-9]*\).*/\1/p' <<<"$out")
  [ -n "$shown" ] || { echo "no shownAt in: $out" >&2; exit 1; }
  [ -s "$tmp/cpu" ] && cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$tmp/cpu")
  echo "$((shown - began)) $cpu"
}

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

load_before=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
first=$(start_once)
walls=()
cpus=()
for _ in $(seq "$runs"); do
  read -r wall cpu <<<"$(start_once)"
  walls+=("$wall")
  cpus+=("${cpu:-}")
done
sorted=$(printf '%s\n' "${walls[@]}" | sort -n)
echo "command: ${cmd[*]}"
echo "load average before: $load_before, after: $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?") (2 cores; above ~1 other programs compete)"
if [ -n "$given_workspace" ]; then
  echo "workspace: $given_workspace (a fresh copy each start)"
  echo "first start: ${first% *} ms"
  echo "starts (ms): ${walls[*]}"
else
  echo "first start (imports the sample plan): ${first% *} ms"
  echo "starts with the sample plan in the workspace (ms): ${walls[*]}"
fi
echo "median of ${runs}: $(printf '%s\n' "${walls[@]}" | median) ms (min $(head -1 <<<"$sorted"), max $(tail -1 <<<"$sorted"))"
[ -n "${cpus[0]}" ] && echo "CPU time per start (ms, median): $(printf '%s\n' "${cpus[@]}" | median)"
exit 0
