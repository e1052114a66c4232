"""Money and your own units in the window: the exchange rates' date and age, the update
button (the download runs on a QThreadPool thread, never the GUI thread), the consent
setting (Never / Ask / Daily, default Ask: nothing goes on the network unasked), and the
editor of ``my.units`` in the user data folder, checked as you type.

Converter owns one ``Money`` (its ``money`` property); tests make their own.
"""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import Property, QCoreApplication, QLocale, QObject, QRunnable, QThreadPool, Signal, Slot

import embedded_unit_converter as euc
from embedded_unit_converter import rates as rates_mod
from embedded_unit_converter.data_folder import user_units_path, write_atomically

from . import messages

CONSENTS = ("never", "ask", "daily")
# Rates older than this are marked as old in the window.
STALE_AFTER_DAYS = 7
# The feed the update button downloads; tests point it at a server on 127.0.0.1.
FEED_URL_ENVIRONMENT = "EMBEDDED_UNIT_CONVERTER_RATES_URL"

_CURRENCY = re.compile(r"\b([A-Z]{3}|eurocent)\b")


class _Download(QRunnable):
    """One update, off the GUI thread; reports through ``done`` (a queued signal)."""

    def __init__(self, url: str | None, done: Signal) -> None:
        super().__init__()
        self._url = url
        self._done = done

    def run(self) -> None:
        try:
            euc.update_exchange_rates(self._url)
            self._done.emit(None)
        except Exception as e:  # UnitError, or anything else: the window says it, the thread never dies silently
            self._done.emit(e)


def load_user_units_at_start() -> str:
    """Loads ``my.units`` from the user data folder, if there is one; a file that cannot be
    used is left as it is and the window starts without it. Returns the message, or ""."""
    path = user_units_path()
    if not path.is_file():
        return ""
    try:
        euc.load_units(path)
    except euc.UnitError as e:
        return QCoreApplication.translate("Money", "Your units in %1 are not used: %2").replace("%1", str(path)).replace(
            "%2", _describe(e))
    return ""


def _describe(e: BaseException) -> str:
    return messages.describe(e)


class Money(QObject):
    ratesChanged = Signal()
    updatingChanged = Signal()
    unitsChanged = Signal()
    consentChanged = Signal()
    definitionsChanged = Signal()   # new rates or units: the converter recomputes
    _finished = Signal(object)      # from the download thread, queued to this one

    def __init__(self, settings, parent: QObject | None = None, startup_problem: str = "") -> None:
        super().__init__(parent)
        self._settings = settings
        self._updating = False
        self._update_error = ""
        self._units_problem = ""
        self._startup_problem = startup_problem
        if rates_mod.startup_problem:
            self._startup_problem = " ".join(p for p in (startup_problem, rates_mod.startup_problem) if p)
        self._finished.connect(self._on_finished)
        path = user_units_path()
        try:
            self._units_text = path.read_text(encoding="utf-8") if path.is_file() else ""
        except (OSError, UnicodeDecodeError):
            self._units_text = ""
        self._units_count = sum(n for _, n in euc._core.loaded_units())

    # -- rates -------------------------------------------------------------------------

    def _rates(self) -> rates_mod.ExchangeRates:
        return euc.exchange_rates()

    def _status(self) -> str:
        r = self._rates()
        day = QLocale().toString(r.date, "d MMM yyyy")
        text = QCoreApplication.translate("Money", "ECB rates of %1").replace("%1", day)
        if self._stale():
            text += " " + QCoreApplication.translate("Money", "(more than a week old)")
        return text

    @Slot()
    def retranslate(self) -> None:
        """Says the rates' date in the newly installed language (after installTranslator)."""
        self.ratesChanged.emit()

    def _stale(self) -> bool:
        return (datetime.date.today() - self._rates().date).days > STALE_AFTER_DAYS

    ratesStatus = Property(str, _status, notify=ratesChanged)
    ratesStale = Property(bool, _stale, notify=ratesChanged)
    ratesDate = Property(str, lambda self: self._rates().date.isoformat(), notify=ratesChanged)
    updating = Property(bool, lambda self: self._updating, notify=updatingChanged)
    updateError = Property(str, lambda self: self._update_error, notify=updatingChanged)
    startupProblem = Property(str, lambda self: self._startup_problem, constant=True)

    @Slot(str, result=bool)
    def isMoney(self, text: str) -> bool:
        """Whether a result (``"89.5 EUR"``, ``"2 USD/kg"``) is in a currency."""
        codes = self._rates().rates
        return any(m.group(1) in codes or m.group(1) == "eurocent" for m in _CURRENCY.finditer(text or ""))

    @Slot()
    def updateRates(self) -> None:
        """Downloads the ECB's rates on a worker thread; the window stays responsive."""
        if self._updating:
            return
        import os

        self._updating = True
        self._update_error = ""
        self.updatingChanged.emit()
        QThreadPool.globalInstance().start(_Download(os.environ.get(FEED_URL_ENVIRONMENT) or None, self._finished))

    def _on_finished(self, error: BaseException | None) -> None:
        self._updating = False
        self._update_error = "" if error is None else _describe(error)
        if error is None:
            self._settings.set_value("ratesChecked", datetime.date.today().isoformat())
            self.ratesChanged.emit()
            self.definitionsChanged.emit()
        self.updatingChanged.emit()

    def update_if_due(self) -> None:
        """With consent "daily": one update a day, at start."""
        if self.consent == "daily" and self._settings.value("ratesChecked") != datetime.date.today().isoformat():
            self.updateRates()

    def _get_consent(self) -> str:
        return self._settings.value("ratesConsent")

    def _set_consent(self, value: str) -> None:
        if value in CONSENTS and value != self._get_consent():
            self._settings.set_value("ratesConsent", value)
            self.consentChanged.emit()

    consent = Property(str, _get_consent, _set_consent, notify=consentChanged)
    consentIndex = Property(int, lambda self: CONSENTS.index(self._get_consent()),
                            lambda self, i: self._set_consent(CONSENTS[i]) if 0 <= i < len(CONSENTS) else None,
                            notify=consentChanged)

    # -- your own units ----------------------------------------------------------------

    unitsText = Property(str, lambda self: self._units_text, notify=unitsChanged)
    unitsProblem = Property(str, lambda self: self._units_problem, notify=unitsChanged)
    unitsCount = Property(int, lambda self: self._units_count, notify=unitsChanged)
    unitsPath = Property(str, lambda self: str(user_units_path()), constant=True)

    @Slot(str)
    def checkUnits(self, text: str) -> None:
        """Checks the definitions as they are typed; the problem names the line."""
        try:
            euc.check_units(text, user_units_path())
            problem = ""
        except euc.UnitError as e:
            problem = _describe(e)
        if problem != self._units_problem:
            self._units_problem = problem
            self.unitsChanged.emit()

    @Slot(str, result=bool)
    def saveUnits(self, text: str) -> bool:
        """Saves ``my.units`` (atomically) and uses it; refused while it has a problem."""
        path = user_units_path()
        try:
            euc.check_units(text, path)
        except euc.UnitError as e:
            self._units_problem = _describe(e)
            self.unitsChanged.emit()
            return False
        try:
            write_atomically(path, text.encode("utf-8"))
            self._units_count = euc.load_units(path)
        except OSError as e:
            self._units_problem = QCoreApplication.translate("Money", "Your units could not be saved: %1").replace(
                "%1", e.strerror or str(e))
            self.unitsChanged.emit()
            return False
        except euc.UnitError as e:
            self._units_problem = _describe(e)
            self.unitsChanged.emit()
            return False
        self._units_text = text
        self._units_problem = ""
        self.unitsChanged.emit()
        self.definitionsChanged.emit()
        return True
