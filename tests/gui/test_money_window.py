"""Money and your own units in the window: the rates' date beside currency results, the
update button against a feed served on 127.0.0.1, and own units that survive a restart."""

from __future__ import annotations

import http.server
import threading

import pytest

import embedded_unit_converter as euc
from embedded_unit_converter import _core

SNAPSHOT_DATE = _core.snapshot_rates()[0]
FEED = b"""<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
<Cube><Cube time='2026-11-02'><Cube currency='USD' rate='1.25'/><Cube currency='GBP' rate='0.8'/></Cube></Cube>
</gesmes:Envelope>
"""


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        status, body = {"/feed": (200, FEED), "/html": (200, b"<html><body>down</body></html>")}.get(
            self.path, (500, b"error"))
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("EMBEDDED_UNIT_CONVERTER_DATA_DIR", str(folder))
    _core.set_exchange_rates(*_core.snapshot_rates())
    yield folder
    _core.set_exchange_rates(*_core.snapshot_rates())
    for name, _ in _core.loaded_units():
        _core.unload_units(name)
    euc._definitions_changed()


def lower_panels(w):
    w.qtbot.waitUntil(lambda: w.win.findChild(type(w.item("ratesStatus")), "updateRatesButton") is not None, timeout=5000)


def test_rates_date_beside_a_currency_result(window, data_dir, qml_messages):
    c = window.converter
    c.setProperty("categoryIndex", c.property("categories").indexOf("money"))
    window.qtbot.waitUntil(lambda: window.item("ratesStatus").isVisible(), timeout=2000)
    assert window.text("ratesStatus").startswith("ECB rates of 30 Oct 2026")
    assert c.property("toText") != ""
    # The expression line shows it too, for a currency answer only.
    window.type("expressionField", "100 USD to EUR")
    window.qtbot.waitUntil(lambda: window.item("expressionRatesStatus").isVisible(), timeout=2000)
    window.type("expressionField", "1 m to ft")
    window.qtbot.waitUntil(lambda: not window.item("expressionRatesStatus").isVisible(), timeout=2000)
    assert qml_messages == []


def test_update_button_downloads_off_the_gui_thread_and_shows_errors(window, data_dir, server, monkeypatch, qml_messages):
    lower_panels(window)
    money = window.converter.money
    assert money.property("consent") == "ask"
    monkeypatch.setenv("EMBEDDED_UNIT_CONVERTER_RATES_URL", server + "/html")
    window.click("updateRatesButton")
    window.qtbot.waitUntil(lambda: not money.property("updating") and money.property("updateError") != "", timeout=10000)
    assert "not the ECB" in window.text("ratesError")
    assert money.property("ratesDate") == SNAPSHOT_DATE

    monkeypatch.setenv("EMBEDDED_UNIT_CONVERTER_RATES_URL", server + "/feed")
    window.click("updateRatesButton")
    window.qtbot.waitUntil(lambda: not money.property("updating") and money.property("ratesDate") == "2026-11-02", timeout=10000)
    assert money.property("updateError") == ""
    assert window.text("ratesPanelStatus").startswith("ECB rates of 2 Nov 2026")
    assert (data_dir / "eurofxref-daily.xml").read_bytes() == FEED
    assert euc.convert(125, "USD", "EUR") == pytest.approx(100)
    # Consent "never": the button is off.
    money.setProperty("consentIndex", 0)
    assert not window.item("updateRatesButton").property("enabled")
    assert qml_messages == []


def test_own_units_are_checked_as_you_type_and_survive_a_restart(open_window, settings_path, data_dir, qml_messages):
    first = open_window(settings_path)
    lower_panels(first)
    money = first.converter.money
    money.checkUnits("zorp = 67 in\nglorp = 2 flurbs\n")
    assert "Line 2" in first.text("userUnitsProblem")
    assert not money.saveUnits("zorp = 67 in\nglorp = 2 flurbs\n")
    assert not (data_dir / "my.units").exists()
    money.checkUnits("zorp = 67 in\n")
    assert money.property("unitsProblem") == ""
    assert money.saveUnits("zorp = 67 in\n")
    assert (data_dir / "my.units").read_text() == "zorp = 67 in\n"
    c = first.converter
    c.chooseFromUnit("user_zorp")
    c.chooseToUnit("centimeter")
    first.type("fromValueField", "1")
    assert first.text("toValueField") == "170.18"
    open_window.close(first)
    for name, _ in _core.loaded_units():  # a new process would start without them
        _core.unload_units(name)

    second = open_window(settings_path)
    c = second.converter
    assert (c.property("fromUnit"), c.property("toUnit")) == ("user_zorp", "centimeter")
    assert second.text("toValueField") == "170.18"
    assert second.converter.money.property("unitsText") == "zorp = 67 in\n"
    assert qml_messages == []


def test_a_bad_my_units_file_is_named_and_the_window_starts_without_it(open_window, settings_path, data_dir, qml_messages):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "my.units").write_text("zorp = 67 flurbs\n", encoding="utf-8")
    w = open_window(settings_path)
    problem = w.converter.money.property("startupProblem")
    assert "my.units" in problem and "Line 1" in problem
    assert (data_dir / "my.units").read_text() == "zorp = 67 flurbs\n"
    assert qml_messages == []
