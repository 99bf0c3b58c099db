#!/usr/bin/env bash
# Luoshi beside GNOME Planner, measured the same way, runs interleaved (issue 20):
#
#   installer/measure-performance.sh [-n RUNS] [--rest SECONDS] [--keys PRESSES] [--only WHAT,…]
#                                    [--display :N] [--out DIR]
#
# Each run starts, one after the other: the packaged app (target/installer/image), `java -jar
# target/luoshi.jar` and GNOME Planner (`planner`), each on the sample plan (47 tasks) and on one
# plan of 10,000 tasks, under Xvfb with openbox; and imports the 10,000-task plan document through
# the packaged command line and the jar. Per start (installer/perf/xprobe.py says exactly how):
# window mapped, first and last drawing (X DAMAGE events), CPU to the first drawing and until idle
# (/proc/PID/stat), CPU and wake-ups at rest over --rest seconds, memory at rest (VmRSS); at 10,000
# tasks Page_Down and Down → redraw in the task table (XTEST keys, X DAMAGE), and Luoshi's timeline's
# first open (Ctrl+T). The medians over the runs, with the load average, are printed at the end
# (installer/perf/summary.py) and every start's figures kept in DIR/results.jsonl.
#
# --only picks some of: image, jar, planner, import (default all that are installed).
# Needs: JDK 17, python3, Xvfb, openbox, xdotool; planner for its columns (apt-get install planner);
# the jar (./mvnw -DskipTests package) and, for the packaged app, java installer/Package.java
# --image-only. The workspaces, the .planner files and the 10,000-task document are made on the
# first run into DIR/data (default target/perf) from the test classes (BigWorkspace, PlannerFile,
# LargePlanDocument).
#
# Never run this at real-time priority (chrt): it measures what a normally scheduled program gets,
# and the load average printed says how busy the machine was.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
rest=30
keys=10
only="image,jar,planner,import"
display=""
out=target/perf
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --rest) rest="$2"; shift 2 ;;
    --keys) keys="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --display) display="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
wants() { [[ ",$only," == *",$1,"* ]]; }

policy=$(chrt -p $$ 2>/dev/null | sed -n 's/.*policy: *//p' | head -1)
case "$policy" in
  *FIFO*|*RR*) echo "this shell runs at real-time priority ($policy): run the harness at normal priority" >&2; exit 2 ;;
esac
for tool in java python3 Xvfb openbox xdotool; do
  command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
done
[ -f target/luoshi.jar ] || { echo "no target/luoshi.jar: ./mvnw -DskipTests package" >&2; exit 2; }
launcher=target/installer/image/Luoshi/bin/Luoshi
if wants image && [ ! -x "$launcher" ]; then
  echo "no app image at $launcher (java installer/Package.java --image-only): left out" >&2
  only=${only//image/}
fi
if wants planner && ! command -v planner >/dev/null; then
  echo "GNOME Planner is not installed (apt-get install planner): left out" >&2
  only=${only//planner/}
fi

mkdir -p "$out/data" "$out/tmp"
out=$(cd "$out" && pwd)
data="$out/data"
results="$out/results.jsonl"
log="$out/programs.log"
: >"$results"
: >"$log"

# The data, once: a workspace with the sample plan, one with a plan of 10,000 tasks, both as
# .planner files, and a 10,000-task plan document for the import.
if [ ! -f "$data/big.planner" ]; then
  echo "making the data in $data …"
  if [ ! -f target/perf-cp.txt ] || [ ! -d target/test-classes/org/luoshi/bench ]; then
    ./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/perf-cp.txt -Dmdep.includeScope=test
  fi
  cp="target/test-classes:target/classes:$(cat target/perf-cp.txt)"
  rm -f "$data"/*.db
  java -jar target/luoshi.jar import --workspace="$data/sample.db" resources/org/luoshi/sample/shanxi-2023-1.txt
  java -cp "$cp" org.luoshi.bench.BigWorkspace "$data/big.db" 10000 1
  java -cp "$cp" org.luoshi.bench.PlannerFile "$data/sample.db" "$data/sample.planner"
  java -cp "$cp" org.luoshi.bench.PlannerFile "$data/big.db" "$data/big.planner"
  java -cp "$cp" org.luoshi.bench.LargePlanDocument "$data/plan-10000.txt" 10000
fi

xvfb_pid=""
wm_pid=""
cleanup() {
  [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
}
trap cleanup EXIT
if [ -z "$display" ]; then
  for d in $(seq 90 130); do
    [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ] && continue
    display=":$d"
    break
  done
fi
if [ ! -e "/tmp/.X11-unix/X${display#:}" ]; then
  Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
  DISPLAY="$display" openbox >/dev/null 2>&1 &
  wm_pid=$!
  sleep 1
fi
export DISPLAY="$display"
echo "display $DISPLAY (Xvfb 1440x900x24, openbox); $runs runs; rest $rest s; $keys presses of each key"

# The Luoshi window's size, which Planner's window is given before its keys (same rows to draw).
luoshi_size=1325x790
tmp="$out/tmp"
probe() { python3 installer/perf/xprobe.py --log "$log" "$@" | tee -a "$results" | cut -c1-160; }

luoshi_start() { # what (image|jar), size (sample|big)
  local what=$1 size=$2 cmd extra=()
  rm -f "$tmp"/ws.db*
  cp "$data/$size.db" "$tmp/ws.db"
  echo "language=CHINESE" >"$tmp/settings.properties"
  if [ "$what" = image ]; then cmd=("$launcher"); else cmd=(java -jar target/luoshi.jar); fi
  if [ "$size" = big ]; then extra=(--keys "$keys" --timeline); else extra=(--timeline); fi
  probe --label "luoshi-$what-$size" --rest "$rest" "${extra[@]}" -- \
    "${cmd[@]}" --workspace="$tmp/ws.db" --settings="$tmp/settings.properties"
}

planner_start() { # size
  local size=$1 extra=()
  [ "$size" = big ] && extra=(--keys "$keys" --size "$luoshi_size" --click 0.25,0.45)
  probe --label "planner-$size" --rest "$rest" "${extra[@]}" -- planner "$data/$size.planner"
}

import_once() { # what
  local what=$1 cmd
  rm -f "$tmp"/import.db*
  if [ "$what" = image ]; then cmd=("$launcher"); else cmd=(java -jar target/luoshi.jar); fi
  probe --cli --label "import-$what-10000" -- "${cmd[@]}" import --workspace="$tmp/import.db" "$data/plan-10000.txt"
}

steps=()
for size in sample big; do
  wants image && steps+=("luoshi_start image $size")
  wants jar && steps+=("luoshi_start jar $size")
  wants planner && steps+=("planner_start $size")
done
wants import && wants image && steps+=("import_once image")
wants import && steps+=("import_once jar")

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
  echo "== run $run of $runs ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1 /proc/loadavg))"
  # Interleaved, and each run starts one step further along, so no program always goes first.
  n=${#steps[@]}
  for i in $(seq 0 $((n - 1))); do
    ${steps[$(( (i + run - 1) % n ))]}
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 installer/perf/summary.py "$results"
