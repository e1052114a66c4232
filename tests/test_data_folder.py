"""The user data folder: the platform's place for application data, or the one the
environment names; and writes that leave a file whole or untouched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from embedded_unit_converter import data_folder


@pytest.fixture()
def home(tmp_path, monkeypatch):
    monkeypatch.delenv(data_folder.ENVIRONMENT_VARIABLE, raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    return tmp_path


def test_the_environment_variable_wins(home, monkeypatch, tmp_path):
    monkeypatch.setenv(data_folder.ENVIRONMENT_VARIABLE, str(tmp_path / "portable"))
    assert data_folder.data_dir() == tmp_path / "portable"
    assert data_folder.user_units_path() == tmp_path / "portable" / "my.units"


def test_linux_follows_xdg_data_home(home, monkeypatch):
    monkeypatch.setattr(data_folder.sys, "platform", "linux")
    assert data_folder.data_dir() == home / ".local" / "share" / "embedded-unit-converter"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    assert data_folder.data_dir() == home / "data" / "embedded-unit-converter"
    # A relative XDG_DATA_HOME is invalid by the specification and ignored.
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    assert data_folder.data_dir() == home / ".local" / "share" / "embedded-unit-converter"


def test_windows_and_macos_folders(home, monkeypatch):
    monkeypatch.setattr(data_folder.sys, "platform", "win32")
    assert data_folder.data_dir() == home / "AppData" / "Local" / "Embedded Unit Converter"
    monkeypatch.setenv("LOCALAPPDATA", str(home / "Local"))
    assert data_folder.data_dir() == home / "Local" / "Embedded Unit Converter"
    monkeypatch.setattr(data_folder.sys, "platform", "darwin")
    assert data_folder.data_dir() == home / "Library" / "Application Support" / "Embedded Unit Converter"


def test_a_write_replaces_the_file_whole(tmp_path):
    target = tmp_path / "new" / "rates.xml"
    data_folder.write_atomically(target, b"first")
    data_folder.write_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert os.listdir(target.parent) == ["rates.xml"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "my.units"
    target.write_bytes(b"zorp = 67 in\n")

    def refuse(_src, _dst):
        raise OSError("disk full")

    monkeypatch.setattr(data_folder.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        data_folder.write_atomically(target, b"broken")
    assert target.read_bytes() == b"zorp = 67 in\n"
    assert os.listdir(tmp_path) == ["my.units"]
