#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
"""Start-up benchmark: process start to main window shown, and resident memory at that moment,
for cvm-launcher and for a minimal Qt Widgets program (the floor on this machine).

"Shown" means the X server reports the top-level window as viewable (xwininfo), so the figure
includes everything the user waits for. Runs alternate between the two programs to spread any
background noise evenly; medians are reported with the ratios the targets are written in.
Needs Xvfb and xwininfo (x11-utils); starts its own Xvfb unless --display is given.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# Issue "Proof at fleet scale": start-up within 1.15x the floor's time and 10 MiB of its memory.
TARGET_RATIO = 1.15
TARGET_EXTRA_MIB = 10


def window_ids(title):
    """The ids of the top-level windows whose name contains `title`: Qt adds the application's
    display name to a window's title ("Sandbox (ap-guangzhou) — CVM Launcher"), and hidden
    helper windows may carry it too, so the caller checks which one is viewable."""
    out = subprocess.run(["xwininfo", "-root", "-children"], capture_output=True, text=True)
    ids = []
    for line in out.stdout.splitlines():
        fields = line.strip().split(" ", 1)
        if len(fields) == 2 and fields[0].startswith("0x") and title in fields[1].split('":')[0]:
            ids.append(fields[0])
    return ids


def wait_viewable(title, proc, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{title!r}: process exited with {proc.returncode} before showing")
        for wid in window_ids(title):
            out = subprocess.run(["xwininfo", "-id", wid], capture_output=True, text=True)
            if out.returncode == 0 and "IsViewable" in out.stdout:
                return
        time.sleep(0.002)
    raise RuntimeError(f"{title!r}: no window after {timeout}s")


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def one_run(command, title, home):
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_DATA_HOME=os.path.join(home, ".local/share"), QT_QPA_PLATFORM="xcb")
    start = time.monotonic()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_viewable(title, proc, timeout=30)
        elapsed = time.monotonic() - start
        return elapsed, rss_kib(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--launcher", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--display")
    args = parser.parse_args()

    xvfb = None
    if args.display:
        os.environ["DISPLAY"] = args.display
    else:
        display = ":%d" % (90 + os.getpid() % 9)
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.environ["DISPLAY"] = display
        time.sleep(1.0)
    home = tempfile.mkdtemp(prefix="cvm-startup-")
    try:
        programs = {"floor": ([args.floor], "Startup floor"),
                    "cvm-launcher": ([args.launcher], "CVM Launcher")}
        # One unmeasured run each: the first start writes settings and warms the page cache.
        for command, title in programs.values():
            one_run(command, title, home)
        results = {name: [] for name in programs}
        for _ in range(args.runs):
            for name, (command, title) in programs.items():
                results[name].append(one_run(command, title, home))
        summary = {}
        for name, runs in results.items():
            times = [t for t, _ in runs]
            rss = [r for _, r in runs]
            summary[name] = (statistics.median(times), statistics.median(rss))
            print(f"{name:13s} start-up median {summary[name][0] * 1000:7.1f} ms "
                  f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}), "
                  f"RSS median {summary[name][1] / 1024:6.1f} MiB over {len(runs)} runs")
        floor_t, floor_rss = summary["floor"]
        app_t, app_rss = summary["cvm-launcher"]
        ratio = app_t / floor_t
        extra_mib = (app_rss - floor_rss) / 1024
        print(f"start-up ratio {ratio:.2f}x the floor (target <= {TARGET_RATIO:.2f}x)")
        print(f"memory {extra_mib:+.1f} MiB over the floor (target <= +{TARGET_EXTRA_MIB} MiB)")
        return 0 if ratio <= TARGET_RATIO and extra_mib <= TARGET_EXTRA_MIB else 1
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if xvfb:
            xvfb.terminate()
            xvfb.wait()


if __name__ == "__main__":
    sys.exit(main())
