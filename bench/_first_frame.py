"""Shared by the start-up benchmarks: time a fresh process until it prints "first-frame"
(the app and the peer windows print it when their window has swapped its first frame)."""

from __future__ import annotations

import subprocess
import tempfile
import time


def time_to_first_frame(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            text=True, cwd=tempfile.gettempdir())
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "first-frame":
            elapsed = time.perf_counter() - start
            break
    else:
        proc.wait(timeout=30)
        raise RuntimeError(f"{cmd[0]} exited with status {proc.returncode} before a frame")
    proc.wait(timeout=30)
    return elapsed
