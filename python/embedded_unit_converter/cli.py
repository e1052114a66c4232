"""The command line: convert, list and search units.

Errors go to stderr with exit status 2, never as a traceback: unknown units, arguments
that are not UTF-8 text, output that cannot be written (a full disk, a closed stdout).
A reader that stops reading (`... --list | head`) ends the program quietly with status
141, the status a shell reports for any other tool in that place. Characters the output's
encoding lacks (`PYTHONIOENCODING=ascii`) are spelled in ASCII where a unit has an ASCII
spelling (`µm` -> `um`, `°F` -> `degF`, `m²` -> `m^2`) and escaped otherwise (`\\xe9`);
the output is then complete and the status is 0.

Money: currencies convert with the exchange rates in use (the snapshot the app ships, or
those downloaded with `--update-rates`, kept in the user data folder). A person's own
units come from `my.units` in the user data folder (a bad file is named on stderr and
skipped) and from `--units FILE` (a bad file is an error).
"""

from __future__ import annotations

import argparse
import codecs
import os
import re
import sys

from . import UnitError, categories, evaluate, find_units, format_value
from .limits import SIGNIFICANT_DIGITS


# Words that name the unit to convert to, as the core reads them; `in` is one only when it
# follows a unit (`1 m in ft`): after a number it is the inch (`5 ft 3 in cm`).
_TARGET_KEYWORDS = frozenset({"to", "as", "into"})
# The same per language (core/units/lang/*.names): words that are no unit, and those that
# are (Spanish `a`, the year) and so count like `in`.
_LANGUAGE_KEYWORDS = {"de": ({"nach"}, {"in"}), "fr": ({"en"}, set()), "es": ({"en"}, {"a"})}
_NUMBER_TEXT = r"[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_NUMBER = re.compile(rf"{_NUMBER_TEXT}(?:[*/]{_NUMBER_TEXT})*")

_OPTIONS_WITH_VALUES = frozenset({"--list", "--search", "--digits", "--units", "--rates-url"})

MAX_DIGITS = SIGNIFICANT_DIGITS[1]  # a double never needs more digits to be read back exactly

# Status for a reader that went away: 128 + SIGPIPE, as shells report for other tools.
_BROKEN_PIPE_STATUS = 141

_ASCII_ERRORS = "embedded_unit_converter.ascii"
# ASCII spellings the core reads back as the same unit.
_ASCII_SPELLINGS = {
    "\u00b5": "u",  # µ micro sign
    "\u03bc": "u",  # μ Greek mu
    "\u00b0": "deg",  # °
    "\u2103": "degC",  # ℃
    "\u2109": "degF",  # ℉
    "\u00b7": "*",  # · middle dot
    "\u00d7": "*",  # ×
    "\u2212": "-",  # − minus sign
    "\u03a9": "ohm",  # Ω Greek omega
    "\u2126": "ohm",  # Ω ohm sign
    "\u2030": "permille",  # ‰
    "\u2031": "permyriad",  # ‱
}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="embedded-unit-converter",
        description="Convert units exactly.",
        epilog='Examples: "5 ft 3 in" cm  |  100 degC degF  |  100 km/h to mph  |  --search meter',
    )
    p.add_argument("quantity", nargs="?", help='what to convert, e.g. "5 ft 3 in" or "100 km/h to mph"')
    p.add_argument("target", nargs="*", help="the unit to convert to (optional when the text says 'to')")
    p.add_argument("--list", nargs="?", const="", metavar="CATEGORY", help="list categories, or the units of one")
    p.add_argument("--search", metavar="TEXT", help="find units by name, symbol or alias")
    p.add_argument("--customary", choices=("us", "uk"), default=None,
                   help="what gallon, pint, quart, fl oz, ton and cwt mean (default from the locale: en_GB is uk)")
    p.add_argument("--lang", choices=("de", "fr", "es", "en"), default=None,
                   help="also read unit names and keywords of this language, and name units in it "
                        "(5 Fuß 3 Zoll in cm; default from the locale)")
    p.add_argument("--fraction", type=int, choices=(2, 4, 8, 16, 32, 64), default=None, metavar="N",
                   help="show inches to the nearest 1/N inch (2, 4, 8, 16, 32 or 64): 5 ft 6 15/16 in")
    p.add_argument(
        "--digits", type=_digits, default=15, metavar="N", help=f"significant digits, 1 to {MAX_DIGITS} (default 15)"
    )
    p.add_argument("--units", action="append", default=[], metavar="FILE", help="load your own units from FILE (NAME = EXPRESSION lines)")
    p.add_argument("--update-rates", action="store_true", help="download the ECB's exchange rates now and keep them")
    p.add_argument("--rates-url", metavar="URL", help="where --update-rates downloads from (default: the ECB's daily feed)")
    p.add_argument("--rates", action="store_true", help="show the date and source of the exchange rates in use")
    return p


def _digits(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a whole number') from None
    if not SIGNIFICANT_DIGITS[0] <= n <= MAX_DIGITS:
        raise argparse.ArgumentTypeError(f"{n} is out of range: give 1 to {MAX_DIGITS}")
    return n


def _fail(message: str) -> int:
    if sys.stderr is not None:
        try:
            print(f"error: {message}", file=sys.stderr, flush=True)
        except OSError:
            pass  # stderr is gone too: the status is all that is left to say it
    return 2


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    _spell_missing_characters()
    for arg in argv:
        if not _is_text(arg):
            return _fail(f'an argument is not UTF-8 text: "{_shown(arg)}" (check the terminal\'s encoding)')
    if sys.stdout is None:  # started with stdout closed (`>&-`): no answer could be seen
        return _fail("standard output is closed: nowhere to write the result")
    # argparse takes a word that starts with "-" for an option: `1 m -> ft` would fail.
    argv = [
        "to" if arg == "->" and (i == 0 or argv[i - 1] not in _OPTIONS_WITH_VALUES) else arg
        for i, arg in enumerate(argv)
    ]
    try:
        try:
            return _run(_parser().parse_args(argv))
        finally:
            sys.stdout.flush()
    except BrokenPipeError:
        _discard_stdout()
        return _BROKEN_PIPE_STATUS
    except OSError as e:
        _discard_stdout()
        return _fail(f"could not write the output: {e.strerror or e}")


def _run(args: argparse.Namespace) -> int:
    status = _load_definitions(args)
    if status:
        return status
    if args.update_rates:
        from .rates import update_exchange_rates

        try:
            rates = update_exchange_rates(args.rates_url)
        except UnitError as e:
            return _fail(str(e))
        print(f"ECB rates of {rates.date.isoformat()}: {len(rates.rates) - 1} currencies and the euro")
        if not args.quantity:
            return 0
    if args.rates:
        from .rates import exchange_rates

        rates = exchange_rates()
        print(f"ECB rates of {rates.date.isoformat()} ({rates.source})")
        if not args.quantity:
            return 0
    if args.list is not None:
        return _list(args.list)
    if args.search is not None:
        for u in find_units(args.search, 20, lang=_lang(args)):
            print(f"{u.symbol:<12} {u.name:<32} {u.category}")
        return 0
    if not args.quantity:
        _parser().print_usage(sys.stderr)
        return 2
    try:
        lang = _lang(args)
        q = evaluate(_phrase([args.quantity, *args.target], lang), lang or "en", customary=args.customary, inch_fraction=args.fraction)
    except UnitError as e:
        return _fail(str(e))
    if q.parts or args.fraction:
        print(str(q))
    else:
        print(f"{format_value(q.value, args.digits)} {q.unit}".rstrip())
    # How names were read, on stderr: the answer on stdout stays one line a script reads.
    for note in q.notes:
        _note(note)
    return 0


def _note(message: str) -> None:
    if sys.stderr is not None:
        try:
            print(f"note: {message}", file=sys.stderr, flush=True)
        except (OSError, UnicodeEncodeError):
            pass


def _load_definitions(args: argparse.Namespace) -> int:
    """Your own units: `my.units` from the user data folder (a bad one is named and
    skipped), then each `--units FILE` (a bad one is an error, status 2)."""
    from .data_folder import user_units_path
    from .user_units import load_units

    mine = user_units_path()
    if mine.is_file():
        try:
            load_units(mine)
        except UnitError as e:
            if sys.stderr is not None:
                print(f"warning: {mine} is not used: {e}", file=sys.stderr)
    for path in args.units:
        try:
            load_units(path)
        except UnitError as e:
            return _fail(f"{path}: {e}")
    return 0


def _lang(args) -> str | None:
    """The language asked for, else the locale's (None: English)."""
    from . import default_language

    if args.lang is not None:
        return None if args.lang == "en" else args.lang
    return default_language()


def _phrase(words: list[str], lang: str | None = None) -> str:
    """The text to evaluate from the command line's words.

    A shell splits `100 degC to degF` into words: when they name the target with a
    keyword, they are the phrase the person typed. Otherwise the last word is the unit
    to convert to: `100 degC degF`, `"5 ft 3 in" cm`, `5 ft 3 in cm`.
    """
    if len(words) == 1:
        return words[0]
    if _names_target(" ".join(words).split(), lang):
        return " ".join(words)
    return f"{' '.join(words[:-1])} to {words[-1]}"


def _names_target(tokens: list[str], lang: str | None = None) -> bool:
    strong, weak = _LANGUAGE_KEYWORDS.get(lang or "", (set(), set()))
    for i, token in enumerate(tokens):
        word = token.casefold()
        if "->" in token or (i > 0 and (word in _TARGET_KEYWORDS or word in strong)):
            return True
        if (word == "in" or word in weak) and 0 < i < len(tokens) - 1 and not _NUMBER.fullmatch(tokens[i - 1]):
            return True
    return False


def _list(category: str) -> int:
    cats = categories()
    if not category:
        for c in cats:
            print(f"{c.id:<28} {c.name} ({len(c.units)} units)")
        return 0
    wanted = category.lower()
    for c in cats:
        if wanted in (c.id.lower(), c.name.lower()):
            for u in c.units:
                print(f"{u.symbol:<14} {u.name}")
            return 0
    return _fail(f'no category "{category}"; try --list to see them all')


def _is_text(arg: str) -> bool:
    # Bytes that are not UTF-8 reach Python as lone surrogates (PEP 383).
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(arg: str) -> str:
    """The argument with the bytes that are not UTF-8 written as `\\xff`."""
    try:
        return arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return arg.encode("utf-8", "backslashreplace").decode("utf-8")


def _discard_stdout() -> None:
    """Points stdout at the null device, so that the interpreter's last flush of what
    could not be written neither fails again nor prints a second message."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests, embedding): nothing will flush it at exit


def _spell_missing_characters() -> None:
    codecs.register_error(_ASCII_ERRORS, _ascii_spelling)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=_ASCII_ERRORS)


def _ascii_spelling(error: UnicodeError) -> tuple[str, int]:
    """An encoding error handler: unit characters in the ASCII the core reads (`µ` -> `u`,
    `²` -> `^2`), any other character escaped as backslashreplace does (`\\xe9`), and a
    byte that was not UTF-8 as the byte (`\\xff`)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object
    out = []
    for i in range(error.start, error.end):
        ch = text[i]
        code = ord(ch)
        if ch in _ASCII_SPELLINGS:
            out.append(_ASCII_SPELLINGS[ch])
        elif ch.translate(_SUPERSCRIPTS) != ch:
            # A run of superscripts is one exponent: m⁻¹ -> m^-1.
            if i == 0 or text[i - 1].translate(_SUPERSCRIPTS) == text[i - 1]:
                out.append("^")
            out.append(ch.translate(_SUPERSCRIPTS))
        elif 0xDC80 <= code <= 0xDCFF:
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return "".join(out), error.end
