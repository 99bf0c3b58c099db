#!/usr/bin/env python3
"""One measured start of a desktop program under X: when its window is mapped, when it last drew,
its CPU time and memory read from /proc, its CPU at rest, and how fast keys redraw it.

Used by installer/measure-performance.sh (which runs it many times, interleaved, and prints the
medians); it can also be run alone:

    python3 installer/perf/xprobe.py --label NAME [--rest 30] [--keys 10] [--timeline] \
        [--click 0.33,0.45] [--size WxH] -- COMMAND ARGS...

It prints one JSON object on stdout. Needs an X display (DISPLAY) with the DAMAGE and XTEST
extensions (Xvfb has both) and the client libraries libX11, libXdamage and libXtst (present wherever
an X program runs); Python 3 standard library only (ctypes), nothing to install.

How each figure is taken (all times from Python's monotonic clock, microsecond resolution; the X
events are read by this process as they arrive, so a busy machine can delay the reading by the time
this process waits for a core — the script reports the load average for that reason):

* t=0 is just before the process is started (fork + exec).
* mapped: the first MapNotify on the root window's substructure of a window at least 300x200 that is
  not override-redirect (with a window manager this is the frame it puts around the window).
* first/last drawing: DAMAGE events on the root window (DamageReportRawRectangles: every drawing
  into any window on the screen is reported with its rectangle). Rectangles smaller than 6x6 pixels
  are left out (a text caret blinking). "last drawing" is the last such rectangle before the screen
  has been still for --quiet seconds (default 2).
* CPU: utime + stime of /proc/PID/stat (all threads; 10 ms ticks), read at the mapping, at the first
  and last drawing, and every 50 ms. "until idle" is the CPU used up to the start of the first
  1-second stretch after the window was mapped in which the process used at most 30 ms of CPU (3 % of
  a core).
* at rest (after idle and quiet, for --rest seconds): CPU over the stretch (per cent of one core), the
  wake-ups per second of all its threads (voluntary + involuntary context switches from
  /proc/PID/task/*/status: a JavaFX pulse every 16 ms shows as about 60 a second), drawings seen, and
  VmRSS of /proc/PID/status at the end.
* keys: a click (XTEST) at --click (fractions of the window's width and height) selects a row; the
  pointer is then moved off the window. Then --keys presses of Page_Down and as many of Down, each
  sent with XTEST after the screen has been still for 0.3 s (--key-gap). The redraw latency of a key is from just
  before the key is sent to the first damage rectangle that crosses the vertical line through the
  clicked point (the rows of the table, not a detail pane beside it): JavaFX's software pipeline
  sends the whole window every frame, so for Luoshi that is the first frame after the key; GTK sends
  what changed. "last" is the last such rectangle of the burst (the burst ends with 0.2 s without
  drawing; for Luoshi it includes the detail pane filled after the table's frame). Beside the
  latency, the CPU per press of the busiest threads (/proc/PID/task/*/stat over all presses, 10 ms
  ticks): the machine's load stretches the latency, hardly the CPU.
* --timeline: after the keys, Ctrl+T is sent (Luoshi's View > Timeline); the time to the first and
  to the last damage of the burst that follows (0.5 s of stillness ends it), and the CPU by thread.
"""
import argparse
import ctypes
import glob
import json
import os
import select
import signal
import struct
import subprocess
import sys
import time

CLK_TCK = os.sysconf("SC_CLK_TCK")
MIN_RECT = 6


class X:
    """The few Xlib, Xdamage and XTest calls the probe needs, through ctypes."""

    def __init__(self):
        self.lib = ctypes.CDLL("libX11.so.6")
        self.damage_lib = ctypes.CDLL("libXdamage.so.1")
        self.test_lib = ctypes.CDLL("libXtst.so.6")
        L = self.lib
        L.XOpenDisplay.restype = ctypes.c_void_p
        L.XOpenDisplay.argtypes = [ctypes.c_char_p]
        L.XDefaultRootWindow.restype = ctypes.c_ulong
        L.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        L.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        L.XPending.argtypes = [ctypes.c_void_p]
        L.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        L.XConnectionNumber.argtypes = [ctypes.c_void_p]
        L.XFlush.argtypes = [ctypes.c_void_p]
        L.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        L.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        L.XKeysymToKeycode.restype = ctypes.c_ubyte
        L.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        L.XStringToKeysym.restype = ctypes.c_ulong
        L.XStringToKeysym.argtypes = [ctypes.c_char_p]
        L.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
        L.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
        L.XSetErrorHandler.restype = ctypes.c_void_p
        D = self.damage_lib
        D.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
        D.XDamageCreate.restype = ctypes.c_ulong
        D.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
        T = self.test_lib
        T.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        T.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong]
        T.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]

        # A window that is gone by the time its attributes are asked is no error worth dying for.
        self._handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)(lambda d, e: 0)
        L.XSetErrorHandler(self._handler)
        self.dpy = L.XOpenDisplay(None)
        if not self.dpy:
            raise SystemExit("cannot open display " + os.environ.get("DISPLAY", "(DISPLAY not set)"))
        self.root = L.XDefaultRootWindow(self.dpy)
        self.width = L.XDisplayWidth(self.dpy, 0)
        self.height = L.XDisplayHeight(self.dpy, 0)
        ev_base = ctypes.c_int()
        err_base = ctypes.c_int()
        if not D.XDamageQueryExtension(self.dpy, ctypes.byref(ev_base), ctypes.byref(err_base)):
            raise SystemExit("the X server has no DAMAGE extension")
        self.damage_type = ev_base.value  # XDamageNotify = 0
        L.XSelectInput(self.dpy, self.root, 1 << 19)  # SubstructureNotifyMask
        D.XDamageCreate(self.dpy, self.root, 0)  # XDamageReportRawRectangles
        L.XSync(self.dpy, 0)
        self.fd = L.XConnectionNumber(self.dpy)
        self.buf = ctypes.create_string_buffer(192)
        self.attr = ctypes.create_string_buffer(256)

    def events(self, timeout):
        """(time, kind, data) of the events that arrive within timeout seconds (at least one wait)."""
        out = []
        if not self.lib.XPending(self.dpy):
            r, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
            if not r and not self.lib.XPending(self.dpy):
                return out
        while self.lib.XPending(self.dpy):
            self.lib.XNextEvent(self.dpy, self.buf)
            now = time.monotonic()
            kind = struct.unpack_from("i", self.buf, 0)[0]
            if kind == self.damage_type:
                x, y, w, h = struct.unpack_from("hhHH", self.buf, 64)
                out.append((now, "damage", (x, y, w, h)))
            elif kind == 19:  # MapNotify
                window = struct.unpack_from("L", self.buf, 40)[0]
                override = struct.unpack_from("i", self.buf, 48)[0]
                out.append((now, "map", (window, override)))
        return out

    def geometry(self, window):
        """x, y, width, height of a top-level window (root coordinates), or None if it is gone."""
        if not self.lib.XGetWindowAttributes(self.dpy, window, self.attr):
            return None
        return struct.unpack_from("iiii", self.attr, 0)

    def key(self, name, modifiers=()):
        codes = [self.lib.XKeysymToKeycode(self.dpy, self.lib.XStringToKeysym(m.encode())) for m in modifiers]
        code = self.lib.XKeysymToKeycode(self.dpy, self.lib.XStringToKeysym(name.encode()))
        for c in codes:
            self.test_lib.XTestFakeKeyEvent(self.dpy, c, 1, 0)
        self.test_lib.XTestFakeKeyEvent(self.dpy, code, 1, 0)
        self.test_lib.XTestFakeKeyEvent(self.dpy, code, 0, 0)
        for c in reversed(codes):
            self.test_lib.XTestFakeKeyEvent(self.dpy, c, 0, 0)
        self.lib.XFlush(self.dpy)

    def click(self, x, y):
        self.test_lib.XTestFakeMotionEvent(self.dpy, -1, x, y, 0)
        self.test_lib.XTestFakeButtonEvent(self.dpy, 1, 1, 0)
        self.test_lib.XTestFakeButtonEvent(self.dpy, 1, 0, 0)
        self.lib.XFlush(self.dpy)

    def move(self, x, y):
        self.test_lib.XTestFakeMotionEvent(self.dpy, -1, x, y, 0)
        self.lib.XFlush(self.dpy)


def cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None


def status_kb(pid, key):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except FileNotFoundError:
        pass
    return None


def context_switches(pid):
    """Context switches (voluntary + involuntary) per thread id of the process."""
    counts = {}
    for path in glob.glob(f"/proc/{pid}/task/*/status"):
        try:
            with open(path) as f:
                counts[path] = sum(int(line.split()[1]) for line in f if "ctxt_switches" in line)
        except (FileNotFoundError, ProcessLookupError):
            pass
    return counts


def switches_between(before, after):
    """Switches between two readings: threads that ended in between are left out, new ones counted whole."""
    return sum(max(0, n - before.get(tid, 0)) for tid, n in after.items())


def thread_cpu(pid):
    """CPU seconds (user + system) per thread name (/proc/PID/task/*/comm, 15 characters)."""
    out = {}
    for task in glob.glob(f"/proc/{pid}/task/*"):
        try:
            with open(task + "/comm") as f:
                name = f.read().strip()
            with open(task + "/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / CLK_TCK
        except (FileNotFoundError, ProcessLookupError, IndexError):
            pass
    return out


def busiest(before, after, divisor, top=3):
    """The threads that used the most CPU between two readings, in ms per press."""
    used = {name: after[name] - before.get(name, 0.0) for name in after}
    ranked = sorted(used.items(), key=lambda kv: -kv[1])[:top]
    return {name: round(1000 * sec / divisor, 1) for name, sec in ranked if sec > 0}


def big(rect):
    return rect[2] >= MIN_RECT and rect[3] >= MIN_RECT


def crosses(rect, x):
    return rect[0] <= x < rect[0] + rect[2]


class Probe:
    def __init__(self, args):
        self.args = args
        self.x = X()
        self.samples = []  # (t, cpu)
        self.last_sample = 0.0
        self.trace = open(args.trace, "w") if args.trace else None
        self.t0 = 0.0

    def sample(self, now, force=False):
        if force or now - self.last_sample >= 0.05:
            c = cpu_seconds(self.proc.pid)
            if c is not None:
                self.samples.append((now, c))
            self.last_sample = now
            return c
        return self.samples[-1][1] if self.samples else None

    def pump(self, timeout):
        evs = self.x.events(timeout)
        self.sample(time.monotonic())
        if self.trace:
            for t, kind, data in evs:
                self.trace.write(f"{t - self.t0:.4f} {kind} {data}\n")
        return evs

    def run(self):
        a = self.args
        r = {"label": a.label, "command": a.command, "load_before": os.getloadavg()[0]}
        log = open(a.log, "ab") if a.log else subprocess.DEVNULL
        t0 = self.t0 = time.monotonic()
        self.proc = subprocess.Popen(a.command, stdout=log, stderr=log, start_new_session=True)
        self.samples.append((t0, 0.0))
        try:
            self.start_phase(r, t0)
            if r.get("mapped_s") is not None:
                self.rest_phase(r)
                if a.keys > 0:
                    self.key_phase(r)
                if a.timeline:
                    self.timeline_phase(r)
        finally:
            r["rss_end_mb"] = kb_mb(status_kb(self.proc.pid, "VmRSS"))
            r["rss_peak_mb"] = kb_mb(status_kb(self.proc.pid, "VmHWM"))
            r["cpu_total_s"] = cpu_seconds(self.proc.pid)
            self.stop()
            r["load_after"] = os.getloadavg()[0]
        return r

    def start_phase(self, r, t0):
        a = self.args
        mapped = None
        window = None
        first = last = None
        cpu_map = cpu_first = cpu_last = None
        deadline = t0 + a.timeout
        while True:
            now = time.monotonic()
            if now > deadline:
                r["error"] = "no window mapped" if mapped is None else "the screen never came to rest"
                break
            if self.proc.poll() is not None:
                r["error"] = f"the program ended (exit {self.proc.returncode})"
                break
            for t, kind, data in self.pump(0.05):
                if kind == "map" and mapped is None and not data[1]:
                    g = self.x.geometry(data[0])
                    if g and g[2] >= 300 and g[3] >= 200:
                        mapped, window = t, data[0]
                        cpu_map = self.sample(t, force=True)
                elif kind == "damage" and mapped is not None and t - mapped >= 0.005 and big(data):
                    if first is None:
                        first = t
                        cpu_first = self.sample(t, force=True)
                    last = t
                    cpu_last = self.sample(t)
            now = time.monotonic()
            if mapped is not None and last is not None and now - last >= a.quiet and self.idle_from(mapped) is not None:
                break
        if mapped is None:
            return
        self.window = window
        r["mapped_s"] = mapped - t0
        r["cpu_at_map_s"] = cpu_map
        r["first_drawing_s"] = None if first is None else first - t0
        r["cpu_at_first_drawing_s"] = cpu_first
        r["last_drawing_s"] = None if last is None else last - t0
        r["cpu_at_last_drawing_s"] = cpu_last
        idle = self.idle_from(mapped)
        if idle is not None:
            r["idle_s"] = idle[0] - t0
            r["cpu_until_idle_s"] = idle[1]

    def idle_from(self, after):
        """(time, cpu) at the start of the first 1-s stretch after `after` using <= 30 ms of CPU."""
        s = self.samples
        j = 0
        for i in range(len(s)):
            if s[i][0] < after:
                continue
            while j < len(s) and s[j][0] < s[i][0] + 1.0:
                j += 1
            if j >= len(s):
                return None
            if s[j][1] - s[i][1] <= 0.03:
                return s[i]
        return None

    def wait_still(self, quiet, limit=10.0, region=None):
        """Waits until no damage for `quiet` s; returns the damage seen [(t, rect)]."""
        seen = []
        start = time.monotonic()
        last = start
        while True:
            now = time.monotonic()
            if now - last >= quiet or now - start > limit:
                return seen
            for t, kind, data in self.pump(min(0.05, quiet)):
                if kind == "damage" and big(data):
                    seen.append((t, data))
                    last = t

    def response(self, quiet, first_within=5.0, limit=10.0):
        """After an input: waits for the first damage (up to first_within s), then until no damage
        for `quiet` s; returns the damage seen [(t, rect)]."""
        seen = []
        start = time.monotonic()
        while not seen and time.monotonic() - start < first_within:
            for t, kind, data in self.pump(0.05):
                if kind == "damage" and big(data):
                    seen.append((t, data))
        if seen:
            seen += self.wait_still(quiet, limit=limit)
        return seen

    def rest_phase(self, r):
        a = self.args
        self.wait_still(0.5)
        c0 = cpu_seconds(self.proc.pid)
        w0 = context_switches(self.proc.pid)
        t0 = time.monotonic()
        drawings = 0
        while time.monotonic() - t0 < a.rest:
            for t, kind, data in self.x.events(0.5):
                if kind == "damage" and big(data):
                    drawings += 1
        t1 = time.monotonic()
        c1 = cpu_seconds(self.proc.pid)
        w1 = context_switches(self.proc.pid)
        r["rest_s"] = t1 - t0
        r["rest_cpu_percent"] = None if c0 is None or c1 is None else 100.0 * (c1 - c0) / (t1 - t0)
        r["rest_wakeups_per_s"] = switches_between(w0, w1) / (t1 - t0)
        r["rest_drawings"] = drawings
        r["rss_rest_mb"] = kb_mb(status_kb(self.proc.pid, "VmRSS"))

    def frame(self):
        g = self.x.geometry(self.window)
        return g

    def key_phase(self, r):
        a = self.args
        g = self.frame()
        if g is None:
            r["error"] = "window gone before the keys"
            return
        if a.size:
            self.resize(a.size)
            g = self.frame()
        fx, fy = a.click
        cx, cy = g[0] + int(g[2] * fx), g[1] + int(g[3] * fy)
        r["click"] = [cx, cy]
        self.x.click(cx, cy)
        self.x.move(self.x.width - 1, self.x.height - 1)
        self.wait_still(1.0, limit=20)
        for name in ("Page_Down", "Down"):
            firsts, lasts, missed = [], [], 0
            threads_before = thread_cpu(self.proc.pid)
            for _ in range(a.keys):
                self.wait_still(a.key_gap)
                sent = time.monotonic()
                if self.trace:
                    self.trace.write(f"{sent - self.t0:.4f} key {name}\n")
                self.x.key(name)
                seen = self.response(0.2)
                hits = [t for t, rect in seen if crosses(rect, cx)]
                if hits:
                    firsts.append(1000 * (hits[0] - sent))
                    lasts.append(1000 * (hits[-1] - sent))
                else:
                    missed += 1
            key = name.lower()
            r[f"{key}_ms"] = lasts
            r[f"{key}_first_ms"] = firsts
            r[f"{key}_missed"] = missed
            self.wait_still(0.3)
            # CPU per press by thread: unlike the latency it hardly changes with the machine's load.
            r[f"{key}_thread_cpu_ms"] = busiest(threads_before, thread_cpu(self.proc.pid), a.keys)

    def resize(self, size):
        """Gives the program's window the size WxH (xdotool), as another program's window had."""
        w, h = size.split("x")
        ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid)],
                             capture_output=True, text=True).stdout.split()
        for wid in ids:
            subprocess.run(["xdotool", "windowsize", "--sync", wid, w, h], capture_output=True)
        self.wait_still(1.0, limit=20)

    def timeline_phase(self, r):
        self.wait_still(0.5)
        before = thread_cpu(self.proc.pid)
        sent = time.monotonic()
        self.x.key("t", modifiers=("Control_L",))
        seen = self.response(0.5)
        r["timeline_thread_cpu_ms"] = busiest(before, thread_cpu(self.proc.pid), 1)
        if seen:
            r["timeline_first_ms"] = 1000 * (seen[0][0] - sent)
            r["timeline_open_ms"] = 1000 * (seen[-1][0] - sent)

    def stop(self):
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
            except ProcessLookupError:
                pass


def kb_mb(kb):
    return None if kb is None else kb / 1024.0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--label", default="")
    p.add_argument("--rest", type=float, default=30.0, help="seconds at rest to measure CPU (default 30)")
    p.add_argument("--quiet", type=float, default=2.0, help="seconds without drawing that end the start (default 2)")
    p.add_argument("--timeout", type=float, default=120.0)
    p.add_argument("--keys", type=int, default=0, help="Page_Down presses, then as many Down presses")
    p.add_argument("--key-gap", type=float, default=0.3,
                   help="seconds without drawing before each key (default 0.3). Even at 0.1 (traced) Luoshi's "
                        "pulse timer has mostly paused before the key (docs/PERFORMANCE.md, part J)")
    p.add_argument("--click", default="0.33,0.45", help="where to click before the keys, fractions of the window")
    p.add_argument("--timeline", action="store_true", help="send Ctrl+T after the keys and time the redraw")
    p.add_argument("--trace", help="write every X event seen, with its time, to this file")
    p.add_argument("--size", help="before the keys, give the window this size, WxH (xdotool)")
    p.add_argument("--cli", action="store_true",
                   help="no window: run the command to its end; wall time, CPU (user + system) and peak RSS")
    p.add_argument("--log", help="append the program's output to this file")
    p.add_argument("command", nargs=argparse.REMAINDER)
    a = p.parse_args()
    if a.command and a.command[0] == "--":
        a.command = a.command[1:]
    if not a.command:
        p.error("no command given")
    a.click = tuple(float(v) for v in a.click.split(","))
    print(json.dumps(run_cli(a) if a.cli else Probe(a).run()), flush=True)


def run_cli(a):
    """A command-line run: wall time, CPU of the process and its children, peak resident memory."""
    log = open(a.log, "ab") if a.log else subprocess.DEVNULL
    load = os.getloadavg()[0]
    t0 = time.monotonic()
    proc = subprocess.Popen(a.command, stdout=log, stderr=log)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - t0
    return {"label": a.label, "command": a.command, "load_before": load, "exit": os.waitstatus_to_exitcode(status),
            "wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "rss_peak_mb": usage.ru_maxrss / 1024.0,
            "load_after": os.getloadavg()[0]}


if __name__ == "__main__":
    main()
