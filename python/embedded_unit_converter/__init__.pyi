from decimal import Decimal
from fractions import Fraction
from typing import Any, NamedTuple, overload

from ._core import Quantity as Quantity, UnitError as UnitError

__version__: str

class Unit(NamedTuple):
    id: str
    name: str
    plural: str
    symbol: str
    aliases: tuple[str, ...]
    category: str

class Category(NamedTuple):
    id: str
    name: str
    units: tuple[Unit, ...]

# A real number gives a float (numpy real scalars a numpy.float64); a real-valued array,
# buffer or sequence gives a float64 numpy array of the same shape. bool is refused at
# run time (TypeError), which a stub cannot say: to a type checker a bool is an int.
@overload
def convert(value: float | Fraction | Decimal, from_unit: str, to_unit: str) -> float: ...
@overload
def convert(value: Any, from_unit: str, to_unit: str) -> Any: ...
def evaluate(text: str, lang: str | None = None, *, customary: str | None = None, inch_fraction: int | None = None) -> Quantity: ...
def default_customary(environ: Any = None) -> str: ...
def default_language(environ: Any = None) -> str | None: ...
def languages() -> list[str]: ...
def unit_names(lang: str) -> dict[str, tuple[str, str]]: ...
def categories() -> list[Category]: ...
def find_units(text: str, limit: int = 10, category: str | None = None, lang: str | None = None) -> list[Unit]: ...
def error_codes() -> list[tuple[str, str, tuple[str, ...]]]: ...
def format_value(value: float, significant: int = 15) -> str: ...
