"""List models the window shows: categories, unit pickers, every unit of a category,
and saved conversions (favourites, recents)."""

from __future__ import annotations

import unicodedata
from typing import Any, Callable, Sequence

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
    Slot,
)

import embedded_unit_converter as euc

from .unit_names import shown_names, window_language

_Index = QModelIndex | QPersistentModelIndex

# Qt.ItemDataRole values as plain ints: touching any Qt.* enum from Python builds every
# enum of the Qt namespace (~30 ms), which start-up cannot afford.
_DISPLAY_ROLE = 0
_USER_ROLE = 0x0100


def unit_label(unit: euc.Unit) -> str:
    """"kilometer per hour (km/h)": the name a person reads (in the window's language,
    "Meile (mi)"), the symbol they type."""
    name = shown_names(unit)[0]
    return f"{name} ({unit.symbol})" if unit.symbol and unit.symbol != name else name


class _RowModel(QAbstractListModel):
    """A list of dict rows, one role per key in ROLES."""

    ROLES: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._role_ids = {_USER_ROLE + 1 + i: name for i, name in enumerate(self.ROLES)}
        self._role_of = {name: role for role, name in self._role_ids.items()}

    countChanged = Signal()

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for role, name in self._role_ids.items()}

    def _ensure_rows(self) -> None:
        """Makes the rows if they are made on first read (UnitModel); called by every reader."""

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        self._ensure_rows()
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = _DISPLAY_ROLE) -> Any:
        self._ensure_rows()
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == _DISPLAY_ROLE:
            return row.get(self.ROLES[0])
        name = self._role_ids.get(role)
        value = row.get(name) if name else None
        if isinstance(value, bool):
            # PySide6 6.12 loses a reference to True/False returned from data(), and after
            # enough repaints Python aborts ("bool_dealloc"); QML reads 0/1 as bools.
            return int(value)
        return value

    def role(self, name: str) -> int:
        return self._role_of[name]

    def _set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Replaces the rows with the smallest remove+insert that does it.

        A reset on every keystroke would rebuild every delegate, and a view still
        creating delegates for the old rows logs "DelegateModel::cancel: index out range".
        """
        old = self._rows
        if rows == old:
            return
        prefix = 0
        while prefix < min(len(old), len(rows)) and old[prefix] == rows[prefix]:
            prefix += 1
        suffix = 0
        while (suffix < min(len(old), len(rows)) - prefix
               and old[len(old) - 1 - suffix] == rows[len(rows) - 1 - suffix]):
            suffix += 1
        if len(old) - suffix > prefix:
            self.beginRemoveRows(QModelIndex(), prefix, len(old) - suffix - 1)
            self._rows = old[:prefix] + old[len(old) - suffix:]
            self.endRemoveRows()
        if len(rows) - suffix > prefix:
            self.beginInsertRows(QModelIndex(), prefix, len(rows) - suffix - 1)
            self._rows = rows
            self.endInsertRows()
        self._rows = rows
        self.countChanged.emit()

    def rows(self) -> list[dict[str, Any]]:
        self._ensure_rows()
        return list(self._rows)

    def _count(self) -> int:
        self._ensure_rows()
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)

    @Slot(int, str, result="QVariant")
    def get(self, row: int, key: str) -> Any:
        self._ensure_rows()
        if 0 <= row < len(self._rows):
            return self._rows[row].get(key)
        return None


# The categories most people convert, in the order the category picker lists them before
# all the others (which follow alphabetically by their shown name).
COMMON_CATEGORIES = ("length", "mass", "volume", "temperature", "area", "speed", "time", "data",
                     "energy", "pressure", "fuel_economy", "power")


class _FilteredRowModel(_RowModel):
    """A row model with a ``filter`` text property; subclasses say how rows follow it."""

    filterChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = ""

    def _get_filter(self) -> str:
        return self._filter

    def _set_filter(self, text: str) -> None:
        if not self._needs_filtering(text):
            return
        changed = text != self._filter
        self._filter = text
        self._apply_filter()
        if changed:
            self.filterChanged.emit()

    filter = Property(str, _get_filter, _set_filter, notify=filterChanged)

    def _needs_filtering(self, text: str) -> bool:
        return text != self._filter

    def _apply_filter(self) -> None:
        raise NotImplementedError


class _LazyRowModel(_FilteredRowModel):
    """A filtered row model whose rows are made when first read (a picker's list opens, the
    all-units panel is built), not when it is set up: the first frame shows neither."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._built = False

    def _make_rows(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _ensure_rows(self) -> None:
        if not self._built:
            self._built = True
            self._rows = self._make_rows()

    def _apply_filter(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self._built = True
        self._set_rows(self._make_rows())

    def _refresh_if_read(self) -> None:
        """After a change of what the rows show: remade now if anyone has read them."""
        if self._built:
            self._refresh()


class CategoryModel(_RowModel):
    """Every category, in the order the picker shows them: COMMON_CATEGORIES first, then
    the rest alphabetically by shown name (accents and case ignored, so "Äquivalentdosis"
    sorts under A in German).

    ``name`` is the category's name in the installed translation (context "Category",
    listed in category_names.py), else the core's English name, which ``englishName``
    keeps; ``section`` is the heading the row sits under. Names and order are computed
    when the model is built and by retranslate(), search keys by the first search after
    them; never per keystroke.
    """

    ROLES = ("name", "categoryId", "unitCount", "englishName", "section", "common")
    CONTEXT = "Category"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories = euc.categories()
        self._keys: list[tuple[str, str, str]] = []
        self.retranslate()

    @Slot()
    def retranslate(self) -> None:
        """Re-reads every name from the installed translators (after a language change);
        the alphabetical part is re-sorted, since it follows the shown names."""
        translate = QCoreApplication.translate
        common_heading = QCoreApplication.translate("CategoryModel", "Common")
        other_heading = QCoreApplication.translate("CategoryModel", "Other categories")
        rank = {category_id: i for i, category_id in enumerate(COMMON_CATEGORIES)}
        rows = [{"name": translate(self.CONTEXT, c.name), "categoryId": c.id, "unitCount": len(c.units),
                 "englishName": c.name, "common": c.id in rank} for c in self._categories]
        rows.sort(key=lambda r: (0, rank[r["categoryId"]], "") if r["common"]
                  else (1, 0, _search_key(r["name"]), r["name"]))
        for r in rows:
            r["section"] = common_heading if r["common"] else other_heading
        self._keys = []  # made by the first search() (the picker's first keystroke)
        if len(rows) == len(self._rows):
            changed = rows != self._rows
            self._rows = rows
            if changed:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
        else:
            self._set_rows(rows)

    @Slot(str, result=int)
    def indexOf(self, category_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row["categoryId"] == category_id:
                return i
        return -1

    @Slot(str, result=str)
    def nameOf(self, category_id: str) -> str:
        """The (translated) name shown for a category id, "" if there is none."""
        i = self.indexOf(category_id)
        return self._rows[i]["name"] if i >= 0 else ""

    def search(self, text: str) -> list[int]:
        """Rows matching ``text`` in the shown name, the English name or the id, ignoring
        case and accents ("lange" finds Länge), best first; every row for empty text.

        Best is: the shown name starts with the text; then the English name or id does;
        then a word in any of them does ("eco" finds Fuel economy); then, for three or
        more letters, the text is inside a name ("geschw" finds Winkelgeschwindigkeit).
        Equal matches keep the model's order, so common categories come first.
        """
        if not self._keys and self._rows:
            self._keys = [(_search_key(r["name"]), _search_key(r["englishName"]), _search_key(r["categoryId"]))
                          for r in self._rows]
        key = _search_key(text).strip()
        if not key:
            return list(range(len(self._keys)))
        ranked = []
        for i, (shown, english, category_id) in enumerate(self._keys):
            if shown.startswith(key):
                tier = 0
            elif english.startswith(key) or category_id.startswith(key):
                tier = 1
            elif any(word.startswith(key) for k in (shown, english, category_id) for word in _words(k)):
                tier = 2
            elif len(key) >= 3 and (key in shown or key in english):
                tier = 3
            else:
                continue
            ranked.append((tier, i))
        ranked.sort()
        return [i for _, i in ranked]


class CategoryChoiceModel(_FilteredRowModel):
    """What the category picker's list shows: every category under its heading, or,
    while the user types, the matches of CategoryModel.search(), best first and without
    headings (a ranked list has no sections to keep).

    Rows are built on the first ``filter`` assignment (when the picker first opens), not
    at start-up, and rebuilt when the categories are retranslated.
    """

    ROLES = ("label", "categoryId", "englishName", "section")

    def __init__(self, categories: CategoryModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories = categories
        self._built = False
        categories.dataChanged.connect(self._categories_changed)
        categories.rowsInserted.connect(self._categories_changed)
        categories.rowsRemoved.connect(self._categories_changed)

    def _needs_filtering(self, text: str) -> bool:
        # The first assignment (the picker opening) builds the rows even if unchanged.
        return text != self._filter or not self._built

    def _apply_filter(self) -> None:
        self._refresh()

    def _categories_changed(self, *_args: Any) -> None:
        if self._built:
            self._refresh()

    def _refresh(self) -> None:
        self._built = True
        rows = self._categories.rows()
        searching = bool(self._filter.strip())
        self._set_rows([{"label": rows[i]["name"], "categoryId": rows[i]["categoryId"],
                         "englishName": rows[i]["englishName"],
                         "section": "" if searching else rows[i]["section"]}
                        for i in self._categories.search(self._filter)])


def _search_key(text: str) -> str:
    """Case- and accent-folded text for matching: "Äquivalentdosis" -> "aquivalentdosis"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(key: str) -> list[str]:
    """The words of a search key: "fuel_economy" and "fuel economy" -> ["fuel", "economy"]."""
    return "".join(ch if ch.isalnum() else " " for ch in key).split()


class UnitModel(_LazyRowModel):
    """Units a picker offers: the category's units, or, while the user types, what
    find_units (the core's typo-tolerant search) returns.
    """

    ROLES = ("label", "unitId", "name", "symbol", "categoryId", "inCategory")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._category = ""

    def set_category(self, category_id: str) -> None:
        self._category = category_id
        self._refresh_if_read()

    def _row(self, unit: euc.Unit) -> dict[str, Any]:
        return {
            "label": unit_label(unit),
            "unitId": unit.id,
            "name": shown_names(unit)[0],
            "symbol": unit.symbol,
            "categoryId": unit.category,
            "inCategory": unit.category == self._category,
        }

    def _make_rows(self) -> list[dict[str, Any]]:
        text = self._filter.strip()
        if not text:
            units = [u for c in euc.categories() if c.id == self._category for u in c.units]
        else:
            # The core's one ranking (the web page uses it too): "miles/h" puts mile per
            # hour first even while the category is Length; among equal matches this
            # category's units come first. Rows from other categories are marked.
            units = euc.find_units(text, 30, self._category, lang=window_language())
        return [self._row(u) for u in units]


class AllUnitsModel(_LazyRowModel):
    """The current value in every unit of the category.

    Values are computed lazily in data(), so a keystroke costs one conversion per row
    the view actually shows (a category can have over a hundred units), and typing
    never rebuilds rows: it bumps a generation counter and sends one dataChanged for
    the value role. Rows are rebuilt only when the category or the filter changes.
    """

    ROLES = ("label", "unitId", "symbol", "value", "isTarget")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._category = ""
        self._units: tuple[euc.Unit, ...] = ()
        self._source: tuple[float | None, str] = (None, "")  # (value, unit id)
        self._target = ""
        self._formatter: Callable[[float], str] = str
        self._generation = 0
        self._value_role = self.role("value")

    def set_formatter(self, formatter: Callable[[float], str]) -> None:
        self._formatter = formatter

    def set_category(self, category_id: str) -> None:
        if category_id == self._category:
            return
        self._category = category_id
        self._units = next((c.units for c in euc.categories() if c.id == category_id), ())
        self._refresh_if_read()

    def _matches(self, unit: euc.Unit, needle: str) -> bool:
        hay = " ".join((*shown_names(unit), unit.name, unit.plural, unit.symbol, *unit.aliases)).casefold()
        return needle in hay

    def _make_rows(self) -> list[dict[str, Any]]:
        needle = self._filter.strip().casefold()
        units = [u for u in self._units if not needle or self._matches(u, needle)]
        if needle and not units:
            # Fall back to the core's typo-tolerant search within this category.
            found = {u.id for u in euc.find_units(self._filter, 30, self._category, lang=window_language())}
            units = [u for u in self._units if u.id in found]
        return [{"label": unit_label(u), "unitId": u.id, "symbol": u.symbol, "isTarget": u.id == self._target}
                for u in units]

    def _value_of(self, row: dict[str, Any]) -> str:
        if row.get("_generation") != self._generation:
            value, unit = self._source
            text = ""
            if value is not None and unit:
                try:
                    text = self._formatter(euc.convert(value, unit, row["unitId"]))
                except (euc.UnitError, ValueError, OverflowError):
                    text = ""
            row["_value"], row["_generation"] = text, self._generation
        return row["_value"]

    def data(self, index: _Index, role: int = _DISPLAY_ROLE) -> Any:
        self._ensure_rows()
        if role == self._value_role and index.isValid() and 0 <= index.row() < len(self._rows):
            return self._value_of(self._rows[index.row()])
        return super().data(index, role)

    @Slot(int, str, result="QVariant")
    def get(self, row: int, key: str) -> Any:
        self._ensure_rows()
        if key == "value" and 0 <= row < len(self._rows):
            return self._value_of(self._rows[row])
        return super().get(row, key)

    def set_source(self, value: float | None, unit: str) -> None:
        """The typed value and its unit (an id, or any name the core reads)."""
        if (value, unit) != self._source:
            self._source = (value, unit)
            self.refresh_values()

    def refresh_values(self) -> None:
        """Marks every value stale (new number, unit or format) and tells the view."""
        self._generation += 1
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [self._value_role])

    def set_target(self, unit_id: str) -> None:
        self._target = unit_id
        changed = False
        for row in self._rows:
            flag = row["unitId"] == unit_id
            changed |= flag != row["isTarget"]
            row["isTarget"] = flag
        if changed and self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [self.role("isTarget")])


class SavedConversionModel(_RowModel):
    """Favourite or recent conversions: a category, two units and (for recents) a value."""

    ROLES = ("label", "categoryId", "fromUnit", "toUnit", "fromText")

    def __init__(self, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def load(self, records: Sequence[Any]) -> None:
        units = {u.id: u for c in euc.categories() for u in c.units}
        rows = []
        for rec in records:
            # Records come from a file a person may have edited: skip what does not fit.
            if not isinstance(rec, dict):
                continue
            f, t = units.get(str(rec.get("fromUnit"))), units.get(str(rec.get("toUnit")))
            if not f or not t or f.category != t.category:
                continue
            rows.append(self._row(f, t, str(rec.get("fromText", ""))[:50]))
        self._set_rows(rows[: self.limit])

    def _row(self, f: euc.Unit, t: euc.Unit, text: str) -> dict[str, Any]:
        pair = f"{f.symbol or f.name} → {t.symbol or t.name}"
        return {"label": f"{text} {pair}" if text else pair, "categoryId": f.category,
                "fromUnit": f.id, "toUnit": t.id, "fromText": text}

    def records(self) -> list[dict[str, str]]:
        return [{k: r[k] for k in ("fromUnit", "toUnit", "fromText")} for r in self._rows]

    def contains(self, from_unit: str, to_unit: str) -> bool:
        return any(r["fromUnit"] == from_unit and r["toUnit"] == to_unit for r in self._rows)

    def add(self, f: euc.Unit, t: euc.Unit, text: str = "") -> None:
        rows = [r for r in self._rows if not (r["fromUnit"] == f.id and r["toUnit"] == t.id
                                              and (not text or r["fromText"] == text))]
        rows.insert(0, self._row(f, t, text))
        self._set_rows(rows[: self.limit])

    def remove(self, from_unit: str, to_unit: str) -> None:
        self._set_rows([r for r in self._rows if not (r["fromUnit"] == from_unit and r["toUnit"] == to_unit)])
