"""--self-test, the check packagers run on a built bundle: it passes on a working build and
fails, saying what broke, when the core answers wrongly."""

from __future__ import annotations

import os
import subprocess
import sys

from embedded_unit_converter.gui import self_test


def test_the_self_test_passes_on_this_build():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "embedded_unit_converter.gui", "--self-test"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "self-test passed"
    assert "FAIL" not in done.stderr


def test_a_wrong_answer_fails_the_self_test(qapp, monkeypatch, capsys):
    # The same checks, one of them expecting what the core does not answer.
    monkeypatch.setattr(self_test, "CASES", self_test.CASES + [("convert", (1.0, "mi", "km"), 1.6)])
    assert self_test.run() == 1
    out = capsys.readouterr()
    assert "FAIL convert(1.0, 'mi', 'km') = 1.609344, expected 1.6" in out.err
    assert "self-test passed" not in out.out


def test_the_real_checks_pass_in_process(qapp, capsys):
    assert self_test.run() == 0
    assert capsys.readouterr().out.strip() == "self-test passed"
