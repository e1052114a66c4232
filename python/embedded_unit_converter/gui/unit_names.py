"""Unit names in the window's language: the language the window loads its translations
for (the default QLocale), when the core has unit names in it; English otherwise."""

from __future__ import annotations

from PySide6.QtCore import QLocale

import embedded_unit_converter as euc

_languages: list[str] = []
_names: dict[str, dict[str, tuple[str, str]]] = {}


def window_language() -> str | None:
    """``"de"``, ``"fr"`` or ``"es"`` when the window speaks it, else None (English)."""
    if not _languages:
        _languages.extend(euc.languages())
    code = QLocale().name().split("_")[0]
    return code if code in _languages else None


def shown_names(unit: euc.Unit) -> tuple[str, str]:
    """The unit's names of one and of many as the window shows them."""
    lang = window_language()
    if lang is None:
        return unit.name, unit.plural
    names = _names.get(lang)
    if names is None:
        names = _names[lang] = euc.unit_names(lang)
    return names.get(unit.id, (unit.name, unit.plural))
