"""Exchange rates: the European Central Bank's euro reference rates.

The core ships a snapshot (the newest day of ECB's history when the app was built), so
currencies convert on the first run with no network. :func:`update_exchange_rates`
downloads ECB's daily feed, checks it, keeps it in the user data folder (atomically) and
switches the running process to it; the next start reads it from there. Any failure
leaves the rates in use, and the file on disk, as they were.
"""

from __future__ import annotations

import os
import time
import warnings
from collections import namedtuple
from pathlib import Path

from . import _core
from ._core import UnitError
from .data_folder import data_dir, write_atomically

#: ECB's daily feed (about 30 currencies and the euro, updated around 16:00 CET on
#: working days).
ECB_DAILY_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml"

#: The downloaded feed, as downloaded, in the user data folder.
CACHE_FILE = "eurofxref-daily.xml"

#: A real daily feed is about 1.5 kB, the full history a few MB: more is not a feed.
MAX_FEED_BYTES = 4 * 1024 * 1024

DOWNLOADED_SOURCE = "ECB euro reference rates (downloaded)"

_GESMES = "{http://www.gesmes.org/xml/2002-08-01}"


class ExchangeRates(namedtuple("ExchangeRates", "date source rates")):
    """The rates in use: ``date`` (a ``datetime.date``), ``source`` (for people) and
    ``rates`` (ISO code → units of it per euro; the euro itself is 1)."""

    __slots__ = ()


class RatesWarning(UserWarning):
    """The downloaded rates in the user data folder could not be used; the snapshot is."""


#: The message of a cache that could not be used at start, for the window to show once.
startup_problem: str | None = None


def _rates_error(code: str, message: str, details: dict | None = None) -> UnitError:
    error = UnitError(message)
    error.kind = "rates_unavailable"
    error.code = code
    error.details = details or {}
    error.span = None
    error.suggestions = []
    error.offending = ""
    error.position = None
    return error


def _not_a_feed() -> UnitError:
    return _rates_error("rates_not_a_feed", "The download is not the ECB's daily exchange rate feed. The rates in use stay.")


def cache_path() -> Path:
    return data_dir() / CACHE_FILE


def exchange_rates() -> ExchangeRates:
    """The exchange rates in use."""
    import datetime

    date, source, pairs = _core.exchange_rates()
    rates = {"EUR": 1.0}
    rates.update((code, float(rate)) for code, rate in pairs)
    return ExchangeRates(datetime.date.fromisoformat(date), source, rates)


def parse_feed(data: bytes) -> tuple[str, list[tuple[str, str]]]:
    """The date and ``(code, rate)`` pairs of ECB's daily feed (a ``gesmes:Envelope``
    with ``<Cube><Cube time='…'><Cube currency='USD' rate='1.1172'/>…``); of the newest
    day when it lists several. Rates are returned as written: the core checks them."""
    import xml.etree.ElementTree as ET

    if len(data) > MAX_FEED_BYTES:
        raise _rates_error(
            "rates_too_large",
            f"The download is larger than {MAX_FEED_BYTES} bytes, more than any exchange rate feed. The rates in use stay.",
            {"limit": MAX_FEED_BYTES},
        )
    # The feed has no DTD; one (or an entity) would only serve an attack.
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _not_a_feed()
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        raise _not_a_feed() from None
    if root.tag != f"{_GESMES}Envelope":
        raise _not_a_feed()
    days = [e for e in root.iter() if e.tag.endswith("Cube") and "time" in e.attrib]
    if not days:
        if any(e.tag.endswith("Cube") and "currency" in e.attrib for e in root.iter()):
            raise _rates_error(
                "rates_bad_date", 'The exchange rate feed has no valid date (""). The rates in use stay.', {"date": ""}
            )
        raise _not_a_feed()
    day = max(days, key=lambda e: e.attrib["time"])
    pairs = [(e.attrib.get("currency", ""), e.attrib.get("rate", "")) for e in day if e.tag.endswith("Cube")]
    return day.attrib["time"], pairs


def _download(url: str, timeout: float) -> bytes:
    import socket
    import urllib.error
    import urllib.request

    scheme = url.split(":", 1)[0].lower()
    if scheme not in ("https", "http"):
        raise _unreachable(url, "only https:// (or http://) addresses are used")
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": "embedded-unit-converter"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            chunks, size = [], 0
            while True:
                chunk = response.read(64 * 1024)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > MAX_FEED_BYTES:
                    return b"".join(chunks)  # parse_feed names it too large
                if time.monotonic() > deadline:
                    raise TimeoutError
            return b"".join(chunks)
    except urllib.error.HTTPError as e:
        raise _unreachable(url, f"HTTP error {e.code}") from None
    except (TimeoutError, socket.timeout):
        raise _unreachable(url, f"no answer within {timeout:g} seconds") from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise _unreachable(url, f"no answer within {timeout:g} seconds") from None
        raise _unreachable(url, str(reason)) from None
    except (OSError, ValueError) as e:  # a connection reset, an address that is not one
        raise _unreachable(url, str(e) or type(e).__name__) from None


def _unreachable(url: str, reason: str) -> UnitError:
    return _rates_error(
        "rates_unreachable",
        f"The exchange rates could not be downloaded from {url}: {reason}. The rates in use stay.",
        {"url": url, "reason": reason},
    )


def update_exchange_rates(url: str | None = None, timeout: float = 10) -> ExchangeRates:
    """Downloads ECB's daily feed (or ``url``: a mirror, a test server), checks it
    (well-formed, dated, every rate a positive finite number), stores it atomically in
    the user data folder and switches to it; returns the rates now in use. Any failure
    raises :class:`UnitError` with ``kind == "rates_unavailable"`` and changes nothing."""
    url = url or ECB_DAILY_URL
    data = _download(url, timeout)
    date, pairs = parse_feed(data)
    previous = _core.exchange_rates()
    # The core checks every rate before anything is written or switched.
    _core.set_exchange_rates(date, DOWNLOADED_SOURCE, pairs)
    try:
        write_atomically(cache_path(), data)
    except OSError as e:
        if previous is not None:
            _core.set_exchange_rates(previous[0], previous[1], previous[2])
        raise _unreachable(url, f"the rates could not be saved: {e}") from None
    _changed()
    return exchange_rates()


def _changed() -> None:
    from . import _definitions_changed

    _definitions_changed()


def load_cached_rates() -> None:
    """At start: the rates downloaded earlier, when they are newer than the snapshot. A
    file that cannot be used is left where it is; the snapshot is used and a warning
    (:class:`RatesWarning`) says why, once."""
    global startup_problem
    path = cache_path()
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_FEED_BYTES + 1)
    except FileNotFoundError:
        return
    except OSError as e:
        startup_problem = f"The saved exchange rates in {path} cannot be read ({e}); the rates shipped with the app are used."
        warnings.warn(startup_problem, RatesWarning, stacklevel=3)
        return
    try:
        date, pairs = parse_feed(data)
        snapshot_date = _core.exchange_rates()[0]
        if date > snapshot_date:
            _core.set_exchange_rates(date, DOWNLOADED_SOURCE, pairs)
    except UnitError as e:
        startup_problem = f"The saved exchange rates in {path} cannot be used: {e} The rates shipped with the app are used; the file is left as it is."
        warnings.warn(startup_problem, RatesWarning, stacklevel=3)


def set_dollar_currency(code: str) -> None:
    """Makes ``$``, "dollar" and "dollars" mean the currency ``code`` (``USD`` normally)."""
    _core.set_dollar(code)
    _changed()


def currency_name(code: str, language: str = "en") -> tuple[str, str] | None:
    """A currency's name of one and of many in ``language`` (English when it has none)."""
    return _core.currency_name(code, language)


__all__ = [
    "ECB_DAILY_URL",
    "ExchangeRates",
    "RatesWarning",
    "currency_name",
    "exchange_rates",
    "set_dollar_currency",
    "update_exchange_rates",
]
