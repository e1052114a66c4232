"""Shared by the start-up benchmarks: time a fresh process until it prints "first-frame"
(the app and the peer windows print it when their window has swapped its first frame),
and read its peak memory."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time


def first_frame_and_peak(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning ``cmd`` until it prints "first-frame", and its peak resident
    set in MB (ru_maxrss of that one child, read when it exits: it exits right after the
    first frame, so this is the peak of start-up)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            text=True, cwd=tempfile.gettempdir())
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "first-frame":
            elapsed = time.perf_counter() - start
            break
    else:
        elapsed = None
    proc.stdout.read()
    proc.stdout.close()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if elapsed is None:
        raise RuntimeError(f"{cmd[0]} exited with status {proc.returncode} before a frame")
    # ru_maxrss is in kB on Linux, in bytes on macOS.
    peak_mb = usage.ru_maxrss / (1024 * 1024 if os.uname().sysname == "Darwin" else 1024)
    return elapsed, peak_mb


def time_to_first_frame(cmd: list[str], env: dict[str, str]) -> float:
    return first_frame_and_peak(cmd, env)[0]
