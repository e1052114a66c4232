"""Reads a running window's accessibility tree over AT-SPI, as a screen reader does.

Run with a Python that has pyatspi (Debian's /usr/bin/python3 with python3-pyatspi),
inside a D-Bus session (dbus-run-session), with an X display:

    atspi_tree.py --out FILE -- COMMAND...

starts COMMAND (the window, with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), waits until its
tree is complete, and writes one JSON object to FILE (stdout is shared with the
accessibility daemons, which print there): the application's name and every node of its tree (role, name, states, Qt's accessible id, depth). It stops COMMAND before
exiting.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

import pyatspi

READY_ID = ".allUnitsView"  # built after the first frame: the last part of the tree to appear


def find_app(pid: int, deadline: float):
    desktop = pyatspi.Registry.getDesktop(0)
    while time.monotonic() < deadline:
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application leaving the bus mid-walk
                continue
        time.sleep(0.2)
    return None


def walk(node, depth: int = 0, out: list | None = None) -> list:
    out = [] if out is None else out
    try:
        states = node.getState()
        entry = {
            "role": node.getRoleName(),
            "name": node.name or "",
            "id": getattr(node, "accessibleId", "") or "",
            "depth": depth,
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            "showing": states.contains(pyatspi.STATE_SHOWING),
        }
        children = list(node)
    except Exception as exc:  # a node destroyed while we read it
        out.append({"role": "", "name": "", "id": "", "depth": depth, "error": str(exc)})
        return out
    out.append(entry)
    for child in children:
        if child is not None:
            walk(child, depth + 1, out)
    return out


def wait_for(app, suffix: str, deadline: float) -> list:
    """The tree once a node whose id ends in `suffix` is in it (or the last one read)."""
    nodes: list = []
    while time.monotonic() < deadline:
        nodes = walk(app)
        if any(n["id"].endswith(suffix) for n in nodes):
            time.sleep(0.3)  # let the rest of that frame's items register
            return walk(app)
        time.sleep(0.3)
    return nodes


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    proc = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + args.timeout
    result: dict = {"application": None, "nodes": []}
    try:
        app = find_app(proc.pid, deadline)
        if app is not None:
            result["application"] = app.name
            result["nodes"] = wait_for(app, READY_ID, deadline)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f)
    return 0 if result["application"] else 1


if __name__ == "__main__":
    sys.exit(main())
