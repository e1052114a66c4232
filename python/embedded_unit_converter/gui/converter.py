"""The window's view model: category, the two units and values, precision, theme,
favourites and recents. Every number comes from the Rust core through
embedded_unit_converter; this class only keeps state and tells QML what changed.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

import embedded_unit_converter as euc

from ..limits import DECIMALS, SIGNIFICANT_DIGITS, THEMES, clamp
from . import settings as settings_mod
from .expression import Expression, default_customary
from .formatting import NOTATION_FIXED, NOTATIONS, NumberFormat
from .messages import describe
from .models import AllUnitsModel, CategoryChoiceModel, CategoryModel, SavedConversionModel, UnitModel, unit_label

RECENT_DELAY_MS = 1500


def _units_by_id() -> dict[str, euc.Unit]:
    return {u.id: u for c in euc.categories() for u in c.units}


class Converter(QObject):
    """Live conversion between two units of one category.

    engine.create_engine() makes one and hands it to the window (its required property
    ``converter``); tests make their own.
    """

    stateChanged = Signal()      # category, units
    valuesChanged = Signal()     # texts, errors, notes
    precisionChanged = Signal()
    themeChanged = Signal()
    favouriteChanged = Signal()

    def __init__(self, parent: QObject | None = None, settings_path: str | None = None,
                 theme: str | None = None) -> None:
        super().__init__(parent)
        self._settings = settings_mod.Settings(settings_path)
        # For this run only (--theme, tests): shown, never saved.
        self._theme_override = theme
        # Your own units (my.units in the user data folder) before the unit lists are made.
        from .money import Money, load_user_units_at_start

        self._money = Money(self._settings, self, load_user_units_at_start())
        self._money.definitionsChanged.connect(self.reloadDefinitions)
        self._units = _units_by_id()
        self._categories = {c.id: c for c in euc.categories()}
        self._format = NumberFormat()
        s = self._settings
        self._format.significant = s.value("significant")
        self._format.decimals = s.value("decimals")
        self._format.notation = s.value("notation")
        self._format.grouping = s.value("grouping")
        self._theme = s.value("theme")

        self._category_model = CategoryModel(self)
        self._category_choices = CategoryChoiceModel(self._category_model, self)
        self._from_model = UnitModel(self)
        self._to_model = UnitModel(self)
        self._all_model = AllUnitsModel(self)
        self._all_model.set_formatter(self._format.format)
        self._favourites = SavedConversionModel(settings_mod.MAX_FAVOURITES, self)
        self._recents = SavedConversionModel(settings_mod.MAX_RECENTS, self)
        self._favourites.load(s.value("favourites"))
        self._recents.load(s.value("recents"))
        # US or UK gallons: the saved choice, or until one is made the locale's.
        self._expression = Expression(self._format.format, self._format.locale.decimalPoint(), self,
                                      customary=s.value("customary") or default_customary(self._format.locale),
                                      inch_fraction=s.value("inchFraction"))
        self._expression.text = s.value("expression")
        self._expression.changed.connect(self._remember_expression)
        self._expression.optionsChanged.connect(self._remember_reading_options)

        self._category = ""
        self._from = ""
        self._to = ""
        self._driver = "from"  # which field holds the number the user typed
        self._texts = {"from": "", "to": ""}
        self._errors = {"from": "", "to": ""}
        self._notes = {"from": "", "to": ""}
        self._value: float | None = None  # the typed value, in the driver's unit

        category = s.value("category")
        if category not in self._categories:
            category = settings_mod.DEFAULTS["category"]
        self._apply_category(category, s.value("fromUnit"), s.value("toUnit"))
        self._set_driver_text("from", s.value("fromText"))

        self._recent_timer = QTimer(self)
        self._recent_timer.setSingleShot(True)
        self._recent_timer.setInterval(RECENT_DELAY_MS)
        self._recent_timer.timeout.connect(self.recordRecent)

    # -- category and units ------------------------------------------------------------

    @Slot()
    def retranslate(self) -> None:
        """Shows category names and messages in the newly installed language (after installTranslator)."""
        self._category_model.retranslate()
        self._money.retranslate()
        self.stateChanged.emit()
        self._recompute()
        self._expression.evaluate()

    def _apply_category(self, category: str, from_unit: str = "", to_unit: str = "") -> None:
        units = self._categories[category].units
        ids = [u.id for u in units]
        if from_unit not in ids:
            from_unit = ids[0]
        if to_unit not in ids:
            to_unit = next((i for i in ids if i != from_unit), from_unit)
        changed_category = category != self._category
        self._category, self._from, self._to = category, from_unit, to_unit
        if changed_category:
            self._from_model.set_category(category)
            self._to_model.set_category(category)
            self._all_model.set_category(category)
        self._all_model.set_target(self._to)
        self._save("category", category)
        self._save("fromUnit", from_unit)
        self._save("toUnit", to_unit)
        self.stateChanged.emit()
        self.favouriteChanged.emit()

    def _get_category_index(self) -> int:
        return self._category_model.indexOf(self._category)

    def _set_category_index(self, index: int) -> None:
        rows = self._category_model.rows()
        if 0 <= index < len(rows) and rows[index]["categoryId"] != self._category:
            self._apply_category(rows[index]["categoryId"])
            self._recompute()

    categoryIndex = Property(int, _get_category_index, _set_category_index, notify=stateChanged)

    @Slot(str)
    def chooseCategory(self, category_id: str) -> None:
        """Switches to a category by id (the picker's choice); its units start from the
        category's most common pair, as when choosing it by index."""
        self._set_category_index(self._category_model.indexOf(category_id))
    categoryId = Property(str, lambda self: self._category, notify=stateChanged)
    categoryName = Property(str, lambda self: self._category_model.nameOf(self._category), notify=stateChanged)
    fromUnit = Property(str, lambda self: self._from, notify=stateChanged)
    toUnit = Property(str, lambda self: self._to, notify=stateChanged)
    fromLabel = Property(str, lambda self: unit_label(self._units[self._from]), notify=stateChanged)
    toLabel = Property(str, lambda self: unit_label(self._units[self._to]), notify=stateChanged)
    fromSymbol = Property(str, lambda self: self._units[self._from].symbol, notify=stateChanged)
    toSymbol = Property(str, lambda self: self._units[self._to].symbol, notify=stateChanged)

    categories = Property(QObject, lambda self: self._category_model, constant=True)
    categoryChoices = Property(QObject, lambda self: self._category_choices, constant=True)
    fromUnits = Property(QObject, lambda self: self._from_model, constant=True)
    toUnits = Property(QObject, lambda self: self._to_model, constant=True)
    allUnits = Property(QObject, lambda self: self._all_model, constant=True)
    favourites = Property(QObject, lambda self: self._favourites, constant=True)
    recents = Property(QObject, lambda self: self._recents, constant=True)
    expression = Property(QObject, lambda self: self._expression, constant=True)
    money = Property(QObject, lambda self: self._money, constant=True)

    @Slot()
    def reloadDefinitions(self) -> None:
        """New exchange rates or own units: re-read the units and recompute what is shown."""
        self._units = _units_by_id()
        self._categories = {c.id: c for c in euc.categories()}
        self._category_model._categories = euc.categories()
        self._category_model.retranslate()
        category = self._category if self._category in self._categories else settings_mod.DEFAULTS["category"]
        self._category = ""  # makes the unit lists re-read their category
        self._all_model._category = ""
        self._apply_category(category, self._from, self._to)
        self._recompute()
        self._expression.evaluate()

    def _choose(self, side: str, unit_id: str) -> None:
        unit = self._units.get(unit_id)
        if unit is None:
            return
        if unit.category != self._category:
            # Picking a unit of another kind (found by search) switches category; the
            # other side becomes that category's most common other unit.
            if side == "from":
                self._apply_category(unit.category, unit_id, "")
            else:
                self._apply_category(unit.category, "", unit_id)
        elif side == "from":
            other = self._to if unit_id != self._to else self._from
            self._apply_category(self._category, unit_id, other)
        else:
            other = self._from if unit_id != self._from else self._to
            self._apply_category(self._category, other, unit_id)
        self._recompute()

    @Slot(str)
    def chooseFromUnit(self, unit_id: str) -> None:
        self._choose("from", unit_id)

    @Slot(str)
    def chooseToUnit(self, unit_id: str) -> None:
        self._choose("to", unit_id)

    @Slot()
    def swap(self) -> None:
        """Exchanges the units; the number stays in its field, so 1 mi→km becomes 1 km→mi
        when the user typed in "from", keeping what they typed in front of them."""
        self._apply_category(self._category, self._to, self._from)
        self._recompute()

    # -- values ------------------------------------------------------------------------

    def _other(self, side: str) -> str:
        return "to" if side == "from" else "from"

    def _set_driver_text(self, side: str, text: str) -> None:
        self._driver = side
        self._texts[side] = text
        parsed = self._format.parse(text)
        self._value = parsed.value
        self._errors[side] = parsed.error
        self._notes[side] = parsed.note
        self._recompute()

    def _recompute(self) -> None:
        """Fills the field the user is not typing in, and the all-units list."""
        side, other = self._driver, self._other(self._driver)
        src = self._from if side == "from" else self._to
        dst = self._to if side == "from" else self._from
        self._errors[other], self._notes[other] = "", ""
        result_text = ""
        if self._value is not None:
            try:
                # The core takes a unit's id as it is, with no name to look up again.
                result = euc.convert(self._value, src, dst)
            except (euc.UnitError, ValueError, OverflowError) as exc:
                result = math.nan
                self._errors[other] = describe(exc)
            if math.isfinite(result):
                result_text = self._format.format(result)
            elif not self._errors[other]:
                self._errors[other] = QCoreApplication.translate("Converter", "Result too large to show")
        self._texts[other] = result_text
        self._all_model.set_source(self._value, src)
        self.valuesChanged.emit()

    def _get_from_text(self) -> str:
        return self._texts["from"]

    def _set_from_text(self, text: str) -> None:
        if text != self._texts["from"] or self._driver != "from":
            self._set_driver_text("from", text)
            self._typed()

    def _get_to_text(self) -> str:
        return self._texts["to"]

    def _set_to_text(self, text: str) -> None:
        if text != self._texts["to"] or self._driver != "to":
            self._set_driver_text("to", text)
            self._typed()

    def _typed(self) -> None:
        self._save("fromText", self._texts["from"])
        self._recent_timer.start()

    fromText = Property(str, _get_from_text, _set_from_text, notify=valuesChanged)
    toText = Property(str, _get_to_text, _set_to_text, notify=valuesChanged)
    fromError = Property(str, lambda self: self._errors["from"], notify=valuesChanged)
    toError = Property(str, lambda self: self._errors["to"], notify=valuesChanged)
    fromNote = Property(str, lambda self: self._notes["from"], notify=valuesChanged)
    toNote = Property(str, lambda self: self._notes["to"], notify=valuesChanged)

    def _summary(self) -> str:
        if not self._texts["from"] or not self._texts["to"] or self._value is None:
            return ""
        return f"{self._texts['from']} {self.fromSymbol} = {self._texts['to']} {self.toSymbol}"

    summary = Property(str, _summary, notify=valuesChanged)

    @Slot(result=bool)
    def copyResult(self) -> bool:
        """Copies the number in the field the user did not type in (the answer)."""
        text = self._texts[self._other(self._driver)]
        if not text:
            return False
        QGuiApplication.clipboard().setText(text)
        return True

    # -- precision ---------------------------------------------------------------------

    def _set_precision(self, attr: str, key: str, value: Any) -> None:
        if getattr(self._format, attr) == value:
            return
        setattr(self._format, attr, value)
        self._save(key, value)
        self._reformat()

    def _reformat(self) -> None:
        self._all_model.refresh_values()
        self._recompute()
        self._expression.evaluate()
        self.precisionChanged.emit()

    significant = Property(int, lambda self: self._format.significant,
                           lambda self, v: self._set_precision("significant", "significant", clamp(v, SIGNIFICANT_DIGITS)),
                           notify=precisionChanged)
    decimals = Property(int, lambda self: self._format.decimals,
                        lambda self, v: self._set_precision("decimals", "decimals", clamp(v, DECIMALS)),
                        notify=precisionChanged)
    # The digits selector's range: decimals in fixed notation, else significant digits.
    digitLimits = Property("QVariantList",
                           lambda self: list(DECIMALS if self._format.notation == NOTATION_FIXED else SIGNIFICANT_DIGITS),
                           notify=precisionChanged)
    grouping = Property(bool, lambda self: self._format.grouping,
                        lambda self, v: self._set_precision("grouping", "grouping", bool(v)),
                        notify=precisionChanged)

    def _get_notation_index(self) -> int:
        return NOTATIONS.index(self._format.notation)

    def _set_notation_index(self, index: int) -> None:
        if 0 <= index < len(NOTATIONS):
            self._set_precision("notation", "notation", NOTATIONS[index])

    notationIndex = Property(int, _get_notation_index, _set_notation_index, notify=precisionChanged)
    notation = Property(str, lambda self: self._format.notation, notify=precisionChanged)
    decimalPoint = Property(str, lambda self: self._format.locale.decimalPoint(), constant=True)

    # -- theme -------------------------------------------------------------------------

    def _get_theme(self) -> str:
        return self._theme_override or self._theme

    def _set_theme(self, theme: str) -> None:
        if theme not in THEMES or (theme == self._theme and not self._theme_override):
            return
        self._theme_override = None
        self._theme = theme
        self._save("theme", theme)
        self.themeChanged.emit()

    # "system" is resolved in QML (Application.styleHints.colorScheme), which follows
    # the desktop live and costs nothing at start-up.
    theme = Property(str, _get_theme, _set_theme, notify=themeChanged)

    # -- favourites and recents ----------------------------------------------------------

    def _is_favourite(self) -> bool:
        return self._favourites.contains(self._from, self._to)

    isFavourite = Property(bool, _is_favourite, notify=favouriteChanged)

    @Slot()
    def toggleFavourite(self) -> None:
        if self._is_favourite():
            self._favourites.remove(self._from, self._to)
        else:
            self._favourites.add(self._units[self._from], self._units[self._to])
        self._save("favourites", self._favourites.records())
        self.favouriteChanged.emit()

    @Slot()
    def recordRecent(self) -> None:
        """Remembers the current conversion once the user pauses typing."""
        self._recent_timer.stop()
        if self._value is None or not self._texts["from"] or not self._texts["to"]:
            return
        self._recents.add(self._units[self._from], self._units[self._to], self._texts["from"])
        self._save("recents", self._recents.records())

    @Slot(str, str, str)
    def applySaved(self, from_unit: str, to_unit: str, from_text: str) -> None:
        f, t = self._units.get(from_unit), self._units.get(to_unit)
        if not f or not t or f.category != t.category:
            return
        self._apply_category(f.category, f.id, t.id)
        if from_text:
            self._set_driver_text("from", from_text)
        else:
            self._driver = "from"
            self._recompute()

    # -- settings ------------------------------------------------------------------------

    def _save(self, key: str, value: Any) -> None:
        self._settings.set_value(key, value)

    def _remember_expression(self) -> None:
        self._save("expression", self._expression.text)

    def _remember_reading_options(self) -> None:
        self._save("customary", self._expression.customary)
        self._save("inchFraction", self._expression.inchFraction)

    # One sentence when the settings file could not be used as it is; the window shows it.
    settingsProblem = Property(str, lambda self: self._settings.problem, constant=True)

    @Slot(int, int, result="QVariantList")
    def geometry(self, minimum_width: int, minimum_height: int) -> list:
        """The saved window rectangle fitted to the screens there are now, or [] for none."""
        geo = self._settings.value("geometry")
        if not geo:
            return []
        screens, primary = settings_mod.screen_rects()
        return settings_mod.fit_to_screens(geo, screens, primary, (minimum_width, minimum_height))

    @Slot(int, int, int, int)
    def saveGeometry(self, x: int, y: int, width: int, height: int) -> None:
        self._save("geometry", [x, y, width, height])

    @Slot()
    def flush(self) -> None:
        if self._recent_timer.isActive():
            self.recordRecent()
        self._settings.sync()
