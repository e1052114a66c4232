"""Exchange rates: the shipped snapshot, updates from a feed served on 127.0.0.1 (no test
touches the internet), and what stays when an update fails."""

import http.server
import os
import subprocess
import sys
import threading
import time

import pytest

import embedded_unit_converter as euc
from embedded_unit_converter import _core

SNAPSHOT_DATE, _, SNAPSHOT_PAIRS = _core.snapshot_rates()
SNAPSHOT_USD = float(dict(SNAPSHOT_PAIRS)["USD"])


def feed(date="2026-11-02", usd="1.2", extra=""):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
\t<gesmes:subject>Reference rates</gesmes:subject>
\t<gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
\t<Cube>
\t\t<Cube time='{date}'>
\t\t\t<Cube currency='USD' rate='{usd}'/>
\t\t\t<Cube currency='JPY' rate='170.5'/>
\t\t\t<Cube currency='GBP' rate='0.85'/>{extra}
\t\t</Cube>
\t</Cube>
</gesmes:Envelope>
""".encode()


GOOD = feed()
ROUTES = {
    "/good": (200, GOOD),
    "/newer": (200, feed(date="2026-11-03", usd="1.25")),
    "/html": (200, b"<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>"),
    "/cut": (200, GOOD[: len(GOOD) // 2]),
    "/abc": (200, feed(usd="abc")),
    "/negative": (200, feed(usd="-1.2")),
    "/undated": (200, feed(date="")),
    "/empty": (200, b""),
    "/500": (500, b"Internal Server Error"),
}


class FeedHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/slow":
            time.sleep(3)
        status, body = ROUTES.get(self.path, (404, b"not found"))
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (the time-out test)
            pass

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """An empty user data folder, and the snapshot rates in use before and after."""
    monkeypatch.setenv("EMBEDDED_UNIT_CONVERTER_DATA_DIR", str(tmp_path))
    _core.set_exchange_rates(*_core.snapshot_rates())
    yield tmp_path
    _core.set_exchange_rates(*_core.snapshot_rates())


def python(code, data_dir):
    env = dict(os.environ, EMBEDDED_UNIT_CONVERTER_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)


def test_first_run_converts_from_the_snapshot_with_no_network(tmp_path):
    out = python(
        "import embedded_unit_converter as euc; r = euc.exchange_rates();"
        "print(r.date.isoformat(), r.source); print(euc.convert(100, 'USD', 'EUR')); print(euc.evaluate('100 USD to EUR'))",
        tmp_path,
    )
    assert out.returncode == 0, out.stderr
    date, value, echo = out.stdout.splitlines()
    assert date.startswith(SNAPSHOT_DATE + " ") and "snapshot" in date
    assert float(value) == pytest.approx(100 / SNAPSHOT_USD, rel=1e-15)
    assert echo.endswith(" EUR")
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_exchange_rates_gives_the_rates_in_use(data_dir):
    import datetime

    r = euc.exchange_rates()
    assert r.date == datetime.date.fromisoformat(SNAPSHOT_DATE)
    assert r.rates["USD"] == SNAPSHOT_USD and r.rates["EUR"] == 1.0
    assert len(r.rates) >= 25 and all(len(code) == 3 for code in r.rates)


def test_an_update_is_used_at_once_stored_and_used_after_a_restart(server, data_dir):
    r = euc.update_exchange_rates(server + "/good", timeout=5)
    assert r.date.isoformat() == "2026-11-02" and r.rates["USD"] == 1.2
    assert euc.convert(120, "USD", "EUR") == pytest.approx(100)
    assert euc.exchange_rates().date.isoformat() == "2026-11-02"
    cached = data_dir / "eurofxref-daily.xml"
    assert cached.read_bytes() == GOOD
    assert [p.name for p in data_dir.iterdir()] == ["eurofxref-daily.xml"]  # no temporary left
    out = python("import embedded_unit_converter as euc; print(euc.exchange_rates().date, euc.convert(120, 'USD', 'EUR'))", data_dir)
    assert out.stdout.split() == ["2026-11-02", "100.0"], out.stderr
    # A newer update replaces it.
    euc.update_exchange_rates(server + "/newer")
    assert euc.convert(125, "USD", "EUR") == pytest.approx(100)


@pytest.mark.parametrize(
    "route, code",
    [
        ("/html", "rates_not_a_feed"),
        ("/cut", "rates_not_a_feed"),
        ("/empty", "rates_not_a_feed"),
        ("/abc", "rates_bad_rate"),
        ("/negative", "rates_bad_rate"),
        ("/undated", "rates_bad_date"),
        ("/500", "rates_unreachable"),
        ("/missing", "rates_unreachable"),
    ],
)
def test_a_bad_feed_leaves_the_old_rates_in_use_and_on_disk(server, data_dir, route, code):
    euc.update_exchange_rates(server + "/good")
    before = euc.exchange_rates()
    with pytest.raises(euc.UnitError) as caught:
        euc.update_exchange_rates(server + route, timeout=5)
    e = caught.value
    assert (e.kind, e.code) == ("rates_unavailable", code), str(e)
    assert "rates in use stay" in str(e)
    assert euc.exchange_rates() == before
    assert euc.convert(120, "USD", "EUR") == pytest.approx(100)
    assert (data_dir / "eurofxref-daily.xml").read_bytes() == GOOD
    assert sorted(p.name for p in data_dir.iterdir()) == ["eurofxref-daily.xml"]


def test_a_server_that_does_not_answer_in_time(server, data_dir):
    with pytest.raises(euc.UnitError) as caught:
        euc.update_exchange_rates(server + "/slow", timeout=0.5)
    assert caught.value.code == "rates_unreachable"
    assert "0.5 seconds" in caught.value.details["reason"]
    assert euc.exchange_rates().date.isoformat() == SNAPSHOT_DATE
    assert list(data_dir.iterdir()) == []


def test_no_network_at_all(data_dir):
    # A port nothing listens on: the connection is refused.
    with pytest.raises(euc.UnitError) as caught:
        euc.update_exchange_rates("http://127.0.0.1:9/feed.xml", timeout=2)
    assert caught.value.kind == "rates_unavailable"
    with pytest.raises(euc.UnitError):
        euc.update_exchange_rates("file:///etc/passwd")


def test_a_corrupt_cache_at_start_falls_back_to_the_snapshot_and_is_kept(data_dir):
    corrupt = data_dir / "eurofxref-daily.xml"
    corrupt.write_bytes(GOOD[:100])
    out = python("import embedded_unit_converter as euc; print(euc.exchange_rates().date)", data_dir)
    assert out.returncode == 0
    assert out.stdout.strip() == SNAPSHOT_DATE
    assert "RatesWarning" in out.stderr and "cannot be used" in out.stderr
    assert corrupt.read_bytes() == GOOD[:100]


def test_currencies_combine_with_other_units(data_dir):
    usd = SNAPSHOT_USD
    assert euc.convert(1, "USD/lb", "EUR/kg") == pytest.approx(1 / usd / 0.45359237)
    assert euc.convert(1, "EUR/L", "USD/gal") == pytest.approx(usd * 3.785411784)
    assert euc.convert(30, "eurocent/kWh", "EUR/MWh") == pytest.approx(300)
    q = euc.evaluate("5 $ to €")
    assert "US dollar" in q.interpretation and q.unit == "€"
    money = [c for c in euc.categories() if c.id == "money"][0]
    assert [u.symbol for u in money.units[:3]] == ["EUR", "USD", "GBP"]


def test_the_dollar_sign_can_mean_another_dollar(data_dir):
    try:
        euc.set_dollar_currency("CAD")
        assert euc.convert(1, "$", "CAD") == 1
    finally:
        euc.set_dollar_currency("USD")
    assert euc.convert(1, "$", "USD") == 1


def test_command_line_updates_and_uses_the_rates(server, tmp_path):
    env = dict(os.environ, EMBEDDED_UNIT_CONVERTER_DATA_DIR=str(tmp_path))

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "embedded_unit_converter", *args], capture_output=True, text=True, env=env)

    out = cli("100 USD", "EUR")
    assert out.returncode == 0 and float(out.stdout.split()[0]) == pytest.approx(100 / SNAPSHOT_USD)
    out = cli("--update-rates", "--rates-url", server + "/abc")
    assert out.returncode == 2 and "rates in use stay" in out.stderr and out.stdout == ""
    out = cli("--update-rates", "--rates-url", server + "/good")
    assert out.returncode == 0 and out.stdout.startswith("ECB rates of 2026-11-02"), out.stderr
    assert cli("120 USD", "EUR").stdout == "100 EUR\n"
    assert cli("--rates").stdout.startswith("ECB rates of 2026-11-02")
