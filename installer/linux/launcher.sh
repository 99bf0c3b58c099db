#!/bin/sh
# Luoshi's launcher on Linux: installer/Package.java puts this script in the app image as bin/Luoshi,
# in place of jpackage's native launcher. It starts the image's Java exactly as that launcher would,
# from the same lib/app/Luoshi.cfg (class path, main class, JVM options with $APPDIR), and adds what
# a native launcher cannot (issue 20):
#  - no package-manager queries: jpackage's launcher runs `rpm -qf` and `dpkg -S` on itself twice
#    before the JVM starts (0.3 s or more of waiting, 0.15 s of CPU, on every start);
#  - GDK_GL=disable, so GTK does not load Mesa's OpenGL (50 MB resident) that JavaFX never uses,
#    also when started from a shell (the menu entry set it before); a value already set is kept;
#  - MALLOC_ARENA_MAX=2: glibc would otherwise give every thread that mallocs (GTK, fonts, the JVM's
#    own threads) an arena of its own, memory that stays resident; a value already set is kept;
#  - _AWT_MAX_POLL_TIMEOUT=30000: where there is a tray, AWT's X toolkit thread (AWT-XAWT) waits for X
#    events in poll() with a timeout that grows to at most this many ms (500 by default: 2 wake-ups a
#    second at rest for ever). Its own timers and deferred flushes still bound the wait (the "aging"
#    algorithm keeps them), so the tray's clicks, tooltips and icon updates are as before; a value
#    already set is kept (docs/PERFORMANCE.md, issue 20 part F).
self=$(readlink -f "$0")
app=$(dirname "$(dirname "$self")")
appdir="$app/lib/app"
cfg="$appdir/Luoshi.cfg"
java="$app/lib/runtime/bin/java"

: "${GDK_GL:=disable}"
: "${MALLOC_ARENA_MAX:=2}"
: "${_AWT_MAX_POLL_TIMEOUT:=30000}"
export GDK_GL MALLOC_ARENA_MAX _AWT_MAX_POLL_TIMEOUT

# $APPDIR in a configuration value is the app folder (no sed: no process more to start).
expand() {
    rest=$1
    out=""
    while :; do
        case "$rest" in
            *'$APPDIR'*)
                out="$out${rest%%\$APPDIR*}$appdir"
                rest=${rest#*\$APPDIR}
                ;;
            *)
                out="$out$rest"
                break
                ;;
        esac
    done
}

# The person's arguments stay first in "$@" while the JVM's options are added after them; then they
# are moved behind the options, so that any of them may hold spaces.
given=$#
classpath=""
main=""
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        app.classpath=*)
            expand "${line#app.classpath=}"
            classpath="${classpath:+$classpath:}$out"
            ;;
        app.mainclass=*)
            main=${line#app.mainclass=}
            ;;
        java-options=*)
            expand "${line#java-options=}"
            set -- "$@" "$out"
            ;;
    esac
done < "$cfg"
set -- "$@" "-Djpackage.app-path=$self" -cp "$classpath" "$main"
while [ "$given" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    given=$((given - 1))
done
exec "$java" "$@"
