#!/usr/bin/env bash
# The two start-up figures taken before the big refactor (docs/PERFORMANCE.md), as one repeatable
# run, so that the same commands can be run on the refactored code and the results compared:
#
#   1. first screen of the 10,000-task workspace: org.luoshi.bench.WindowProbe --first-screen-only
#      on the workspace org.luoshi.bench.BigWorkspace writes, a fresh JVM per run, with the packaged
#      app's JVM options + a dynamic AppCDS archive from one training run ("packaged") and with
#      default JVM options ("default"), the two interleaved run by run;
#   2. the packaged app image started with the sample plan: installer/measure-startup.sh -n RUNS.
#
#   installer/measure-refactor.sh [-n RUNS] [--no-build] [--out DIR] CHECKOUT
#
# CHECKOUT is the project folder to measure (its build, its WindowProbe and BigWorkspace, its app
# image). measure-startup.sh is the one beside this script (the baseline's), so both sides are
# timed by the same script; it is given a launcher wrapper that runs the checkout's launcher under
# /usr/bin/time, which records each start's wall and CPU time (the wrapper adds a /bin/sh exec and
# /usr/bin/time: about 1-2 ms). --no-build reuses the checkout's target/ (jar, classpath, app
# image) from an earlier run. Results (raw numbers, summary.md) go to DIR, by default
# CHECKOUT/target/perf-refactor/<date-time>.
#
# Needs JDK 17 (`java` on PATH, or $JAVA for the probe runs), Xvfb (an own display, :91 or the
# next free one, 1280x800x24), GNU time at /usr/bin/time. No real-time priority, no nice: figures
# are taken under the machine's ordinary load; CPU seconds per run (user+sys of the whole
# process) are the steadier figure on a shared machine. Median = middle value (lower middle for
# an even count).
set -euo pipefail

runs=11
build=true
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --no-build) build=false; shift ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -eq 1 ] || { echo "usage: $0 [-n RUNS] [--no-build] [--out DIR] CHECKOUT" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
measure_startup="$here/measure-startup.sh"
checkout=$(cd "$1" && pwd)
java=${JAVA:-java}
stamp=$(date +%Y%m%d-%H%M%S)
out=${out:-$checkout/target/perf-refactor/$stamp}
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d /tmp/luoshi-perf.XXXXXX)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

log() { echo "$*" | tee -a "$out/log.txt"; }
load() { cat /proc/loadavg; }
t_script=$(date +%s)

# --- display ---------------------------------------------------------------------------------
for d in $(seq 91 130); do
  [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ] && continue
  Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$d"
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done
  break
done
[ -n "$xvfb_pid" ] || { echo "no free X display in :91-:130" >&2; exit 1; }

# --- what is measured -------------------------------------------------------------------------
{
  echo "# measure-refactor.sh $stamp"
  echo "checkout: $checkout ($(git -C "$checkout" rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?') $(git -C "$checkout" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$checkout" diff --quiet HEAD 2>/dev/null || echo ', with uncommitted changes'))"
  echo "host: $(hostname), $(nproc) CPUs, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "java: $("$java" -version 2>&1 | head -2 | tail -1)"
  echo "display: $DISPLAY (Xvfb 1280x800x24)"
  echo "measure-startup.sh used: $measure_startup (sha256 $(sha256sum "$measure_startup" | cut -c1-12))"
  for f in src/test/java/org/luoshi/bench/WindowProbe.java src/test/java/org/luoshi/bench/BigWorkspace.java \
           installer/measure-startup.sh installer/Package.java; do
    echo "checkout's $f: sha256 $([ -f "$checkout/$f" ] && sha256sum "$checkout/$f" | cut -c1-12 || echo missing)"
  done
} | tee "$out/log.txt"

cd "$checkout"

# --- build --------------------------------------------------------------------------------------
if $build; then
  t0=$(date +%s)
  log "build: ./mvnw -B -q -DskipTests package (load $(load))"
  ./mvnw -B -q -DskipTests package >>"$out/build.log" 2>&1
  ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test \
    >>"$out/build.log" 2>&1
  # WindowProbe's search part uses org.luoshi.testing.FxFrames, so that goes into bench.jar too
  jar cf target/bench.jar -C target/test-classes org/luoshi/bench -C target/test-classes org/luoshi/testing
  log "build: java installer/Package.java --image-only"
  java installer/Package.java --image-only >>"$out/build.log" 2>&1
  log "build took $(($(date +%s) - t0)) s"
fi
launcher="$checkout/target/installer/image/Luoshi/bin/Luoshi"
[ -x "$launcher" ] || { echo "no app image at $launcher (run without --no-build)" >&2; exit 1; }
log "packaged launcher's options: $(sed -n 's/^java-options=//p' "$checkout/target/installer/image/Luoshi/lib/app/Luoshi.cfg" | tr '\n' ' ')"
cp_="$checkout/target/luoshi.jar:$checkout/target/bench.jar:$(cat "$checkout/target/cp.txt")"

# --- the workspace ----------------------------------------------------------------------------
t0=$(date +%s)
"$java" -cp "$cp_" org.luoshi.bench.BigWorkspace "$work/big.db" | tee -a "$out/log.txt"
log "workspace: $(du -h "$work/big.db" | cut -f1), written in $(($(date +%s) - t0)) s"

# --- series 1: WindowProbe, first screen ------------------------------------------------------
packaged_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn256m -XX:-UsePerfData)
# the probe's temp files (settings, SQLite's native library) go to $work, not /tmp
common=(-Djava.io.tmpdir="$work/tmp")
mkdir -p "$work/tmp"
fresh_workspace() {
  rm -f "$work"/ws.db "$work"/ws.db-* "$work"/ws.db.*
  cp "$work/big.db" "$work/ws.db"
}
t0=$(date +%s)
fresh_workspace
log "training run for the AppCDS archive (full WindowProbe, packaged options): load $(load)"
"$java" "${packaged_opts[@]}" -XX:ArchiveClassesAtExit="$work/probe.jsa" "${common[@]}" -cp "$cp_" \
  org.luoshi.bench.WindowProbe "$work/ws.db" >"$out/training.txt" 2>&1
[ -s "$work/probe.jsa" ] || { echo "no archive made; see $out/training.txt" >&2; exit 1; }
log "training: $(grep -m1 'first screen after main' "$out/training.txt"), archive $(du -h "$work/probe.jsa" | cut -f1)"

probe_once() { # config -> "ms_after_main wall_s user_s sys_s"
  local config=$1 opts=()
  case "$config" in
    packaged) opts=("${packaged_opts[@]}" -XX:SharedArchiveFile="$work/probe.jsa") ;;
    default) opts=() ;;
  esac
  fresh_workspace
  rm -f "$work/time"
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$java" "${opts[@]}" "${common[@]}" -cp "$cp_" \
    org.luoshi.bench.WindowProbe "$work/ws.db" --first-screen-only >"$work/probe.out" 2>&1 || {
    echo "probe failed ($config):" >&2; cat "$work/probe.out" >&2; exit 1; }
  local ms
  ms=$(sed -n 's/^first screen after main started: \([0-9]*\) ms.*/\1/p' "$work/probe.out")
  [ -n "$ms" ] || { echo "no first-screen line:" >&2; cat "$work/probe.out" >&2; exit 1; }
  echo "$ms $(cat "$work/time")"
}

raw1="$out/series1-windowprobe.tsv"
printf 'run\tconfig\tms_after_main\tprocess_wall_s\tuser_s\tsys_s\tcpu_s\tload1_before\n' >"$raw1"
load1_before=$(load)
log "series 1 (WindowProbe --first-screen-only, $runs runs each, packaged and default interleaved): load before: $load1_before"
for i in $(seq "$runs"); do
  for config in packaged default; do
    l=$(cut -d' ' -f1 /proc/loadavg)
    r=$(probe_once "$config")
    read -r ms wall user sys <<<"$r"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$config" "$ms" "$wall" "$user" "$sys" "$cpu" "$l" >>"$raw1"
    log "  $i $config: $ms ms after main, process ${wall} s wall, ${cpu} s CPU (${user} user + ${sys} sys), load $l"
  done
done
load1_after=$(load)
log "series 1: load after: $load1_after; took $(($(date +%s) - t0)) s"

# --- series 2: the packaged app with the sample plan ----------------------------------------------
t0=$(date +%s)
cat >"$work/timed-launcher" <<EOF
#!/bin/sh
exec /usr/bin/time -a -o "$work/starts.time" -f '%e %U %S' "$launcher" "\$@"
EOF
chmod +x "$work/timed-launcher"
rm -f "$work/starts.time"
load2_before=$(load)
log "series 2 ($measure_startup -n $runs, launcher $launcher): load before: $load2_before"
"$measure_startup" -n "$runs" --launcher "$work/timed-launcher" | tee "$out/series2-measure-startup.txt" | tee -a "$out/log.txt"
load2_after=$(load)
log "series 2: load after: $load2_after; took $(($(date +%s) - t0)) s"
walls2=$(sed -n 's/^starts with the sample plan in the workspace (ms): //p' "$out/series2-measure-startup.txt")
raw2="$out/series2-startup.tsv"
printf 'start\tms_launch_to_first_frame\tprocess_wall_s\tuser_s\tsys_s\tcpu_s\n' >"$raw2"
# the time file has the first start (importing the sample plan) first, then the $runs starts
paste <(echo first; seq "$runs") <(echo "$(sed -n 's/^first start (imports the sample plan): \([0-9]*\) ms/\1/p' \
  "$out/series2-measure-startup.txt")"; tr ' ' '\n' <<<"$walls2") "$work/starts.time" |
  awk -v OFS='\t' '{printf "%s\t%s\t%s\t%s\t%s\t%.2f\n", $1, $2, $3, $4, $5, $4 + $5}' >>"$raw2"

# --- summary -----------------------------------------------------------------------------------
stats() { # values on stdin -> "median (min–max)"
  sort -g | awk '{v[NR] = $1} END {printf "%s (%s–%s)", v[int((NR + 1) / 2)], v[1], v[NR]}'
}
col() { # file config column
  awk -F'\t' -v c="$2" -v k="$3" 'NR > 1 && ($2 == c || c == "") {print $k}' "$1"
}
list() { tr '\n' ' ' | sed 's/ $//'; }
{
  echo "# Refactor comparison: $stamp"
  echo
  sed -n '2,5p' "$out/log.txt" | sed 's/^/- /'
  echo
  echo "## 1. First screen of the 10,000-task workspace (WindowProbe --first-screen-only, $runs fresh JVMs each, interleaved)"
  echo
  echo "load average before: $load1_before; after: $load1_after"
  echo
  echo "| JVM options | ms after main: median (min–max) | CPU s per run, whole process: median (min–max) | process wall s: median (min–max) |"
  echo "|---|---|---|---|"
  for config in packaged default; do
    echo "| $config | $(col "$raw1" "$config" 3 | stats) | $(col "$raw1" "$config" 7 | stats) | $(col "$raw1" "$config" 4 | stats) |"
  done
  echo
  for config in packaged default; do
    echo "- $config, ms after main: $(col "$raw1" "$config" 3 | list)"
    echo "- $config, CPU s: $(col "$raw1" "$config" 7 | list)"
  done
  echo
  echo "packaged = ${packaged_opts[*]} -XX:SharedArchiveFile=<dynamic archive from one full WindowProbe run>; default = no options."
  echo
  echo "## 2. Packaged app image, sample plan (measure-startup.sh -n $runs)"
  echo
  echo "load average before: $load2_before; after: $load2_after"
  echo
  echo "| | median (min–max) |"
  echo "|---|---|"
  echo "| ms from launch to first frame with rows | $(awk -F'\t' 'NR > 2 {print $2}' "$raw2" | stats) |"
  echo "| CPU s per start (user+sys, whole process) | $(awk -F'\t' 'NR > 2 {print $6}' "$raw2" | stats) |"
  echo "| process wall s | $(awk -F'\t' 'NR > 2 {print $3}' "$raw2" | stats) |"
  echo
  echo "- ms: $walls2"
  echo "- CPU s: $(awk -F'\t' 'NR > 2 {print $6}' "$raw2" | list)"
  echo "- first start (imports the sample plan): $(awk -F'\t' 'NR == 2 {print $2 " ms, " $6 " s CPU"}' "$raw2")"
  echo
  echo "Raw numbers: series1-windowprobe.tsv, series2-startup.tsv, series2-measure-startup.txt, log.txt."
  echo "Whole run took $(($(date +%s) - t_script)) s."
} >"$out/summary.md"
cat "$out/summary.md"
echo
echo "results in $out"
