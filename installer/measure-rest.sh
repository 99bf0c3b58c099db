#!/usr/bin/env bash
# The window at rest: CPU until the app goes quiet after start, CPU at rest, memory at rest.
#
#   installer/measure-rest.sh [-n RUNS] [--rest SECONDS] [--jar] [--launcher PATH] [--workspace FILE] [--threads] [-- JAVA_OPTIONS…]
#
# Each run starts the app on a fresh copy of the workspace (default: a new one with the sample plan,
# made by a first start that is not counted), reads /proc/PID/stat every 0.2 s, and calls it quiet
# once its CPU time grew by less than 100 ms over 2 s (quiet-cpu is the CPU at the start of those 2 s). Then it reads the CPU over --rest seconds
# (default 60), the wake-ups at rest (context switches of all its threads over those seconds, per
# second: a thread woken by a timer counts one each time), and VmRSS / VmHWM from /proc/PID/status,
# and closes the app. --threads also prints, after each run, the wake-ups a second at rest of each thread
# that woke (its name from /proc/PID/task/TID/comm). Figures per run and
# their medians; CPU in seconds of CPU time (user + system, all threads), beside wall time.
# Default: the app image built by installer/Package.java (target/installer/image); --jar runs
# `java JAVA_OPTIONS -jar target/luoshi.jar`. Without a DISPLAY it runs its own Xvfb.
# The app prints "first-frame cpuMs=… wallMs=…" when started with -Dluoshi.startupReport=true (set
# here through JAVA_TOOL_OPTIONS, with $EXTRA_JAVA_OPTIONS if set); it is reported as CPU to the first frame.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
rest=60
launcher=""
jar=false
given_workspace=""
threads=false
java_opts=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --rest) rest="$2"; shift 2 ;;
    --jar) jar=true; shift ;;
    --launcher) launcher="$2"; shift 2 ;;
    --workspace) given_workspace="$2"; shift 2 ;;
    --threads) threads=true; shift ;;
    --) shift; java_opts=("$@"); break ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if $jar; then
  cmd=(java -Dluoshi.startupReport=true "${java_opts[@]}" -jar target/luoshi.jar)
else
  [ -n "$launcher" ] || launcher=target/installer/image/Luoshi/bin/Luoshi
  [ -x "$launcher" ] || { echo "no launcher at $launcher: build it with java installer/Package.java" >&2; exit 2; }
  cmd=("$launcher")
fi

tmp=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  for d in $(seq 130 160); do
    [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ] && continue
    Xvfb ":$d" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=":$d"
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done
    break
  done
fi

ticks=$(getconf CLK_TCK)
cpu_ms() { # user + system time of the process, all threads, in ms
  awk -v t="$ticks" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / t) }' "/proc/$1/stat" 2>/dev/null || echo -1
}
switches() { # "tid count" per thread: voluntary + involuntary context switches so far
  for t in /proc/"$1"/task/*; do
    awk -v t="${t##*/}" '/^(voluntary|nonvoluntary)_ctxt_switches/ { n += $2 } END { print t, n }' "$t/status" 2>/dev/null
  done | sort
}
status_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status" 2>/dev/null || echo -1; }
now_ms() { date +%s%3N; }

printf 'language=CHINESE\n' > "$tmp/settings.properties"
if [ -n "$given_workspace" ]; then
  cp "$given_workspace" "$tmp/master.db"
else
  # A first start makes the workspace with the sample plan; it is not counted.
  JDK_JAVA_OPTIONS="" "${cmd[@]}" --workspace="$tmp/master.db" --settings="$tmp/settings.properties" --smoke-test >/dev/null 2>&1 || true
fi
[ -s "$tmp/master.db" ] || { echo "no workspace to start on" >&2; exit 1; }

median() { awk '$1 ~ /^[0-9.]+$/' | sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
: > "$tmp/results"
echo "run  first-frame-cpu/wall(ms)  quiet-cpu/wall(ms)  rest-cpu(ms/${rest}s)  rest-%core  rss(MB)  hwm(MB)  load  wakeups/s"
for i in $(seq "$runs"); do
  rm -f "$tmp"/ws.db*
  cp "$tmp/master.db" "$tmp/ws.db"
  start=$(now_ms)
  JAVA_TOOL_OPTIONS="-Dluoshi.startupReport=true ${EXTRA_JAVA_OPTIONS:-}" "${cmd[@]}" --workspace="$tmp/ws.db" \
      --settings="$tmp/settings.properties" >"$tmp/out" 2>&1 &
  app_pid=$!
  last=0; last_at=$start; quiet_cpu=-1; quiet_wall=-1
  while kill -0 "$app_pid" 2>/dev/null; do
    sleep 0.2
    c=$(cpu_ms "$app_pid"); t=$(now_ms)
    if [ $((t - last_at)) -ge 2000 ]; then
      if [ "$last" -gt 0 ] && [ $((c - last)) -lt 100 ]; then
        quiet_cpu=$last; quiet_wall=$((last_at - start)); break
      fi
      last=$c; last_at=$t
    fi
    [ $((t - start)) -gt 120000 ] && break
  done
  c0=$(cpu_ms "$app_pid"); switches "$app_pid" > "$tmp/sw0"
  sleep "$rest"
  c1=$(cpu_ms "$app_pid"); switches "$app_pid" > "$tmp/sw1"
  # threads in both readings only (one that ended or began meanwhile would skew the sum)
  wakes=$(join "$tmp/sw0" "$tmp/sw1" | awk -v s="$rest" '{ n += $3 - $2 } END { printf "%.1f", n / s }')
  if $threads; then
    join "$tmp/sw0" "$tmp/sw1" | while read -r tid a b; do
      if [ "$b" -gt "$a" ]; then
        printf '      %6.2f/s  %s\n' "$(awk -v n=$((b - a)) -v s="$rest" 'BEGIN { print n / s }')" \
            "$(cat "/proc/$app_pid/task/$tid/comm" 2>/dev/null || echo "$tid")"
      fi
    done > "$tmp/per-thread"
  fi
  rss=$(( $(status_kb "$app_pid" VmRSS) / 1024 )); hwm=$(( $(status_kb "$app_pid" VmHWM) / 1024 ))
  load=$(cut -d' ' -f1 /proc/loadavg)
  kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""
  ff=$(grep -o 'first-frame cpuMs=[0-9]* wallMs=[0-9]*' "$tmp/out" | head -1 | sed 's/first-frame cpuMs=//; s/ wallMs=/ /' || true)
  ff_cpu=${ff%% *}; ff_wall=${ff##* }
  restcpu=$((c1 - c0))
  pct=$(awk -v c="$restcpu" -v s="$rest" 'BEGIN { printf "%.2f", c / (s * 10) }')
  printf '%3d  %6s / %-6s            %6s / %-6s     %6s              %6s      %5s    %5s   %-5s %s\n' "$i" "${ff_cpu:--}" "${ff_wall:--}" \
      "$quiet_cpu" "$quiet_wall" "$restcpu" "$pct" "$rss" "$hwm" "$load" "$wakes"
  if $threads; then sort -rn "$tmp/per-thread"; fi
  echo "${ff_cpu:--} ${ff_wall:--} $quiet_cpu $quiet_wall $restcpu $pct $rss $hwm $load $wakes" >> "$tmp/results"
done
printf 'median  %s / %s            %s / %s     %s              %s      %s    %s   %-5s %s\n' \
  "$(awk '{print $1}' "$tmp/results" | median)" "$(awk '{print $2}' "$tmp/results" | median)" \
  "$(awk '{print $3}' "$tmp/results" | median)" "$(awk '{print $4}' "$tmp/results" | median)" \
  "$(awk '{print $5}' "$tmp/results" | median)" "$(awk '{print $6}' "$tmp/results" | median)" \
  "$(awk '{print $7}' "$tmp/results" | median)" "$(awk '{print $8}' "$tmp/results" | median)" \
  "$(awk '{print $9}' "$tmp/results" | median)" "$(awk '{print $10}' "$tmp/results" | median)"
