"""The converter page in a real headless Chromium (Debian's, never a downloaded one),
served from a localhost static server like any web host would."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

WEB = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not (WEB / "unit_converter.wasm").exists(), reason="run make wasm first")


class Server:
    """`python -m http.server` on a free port, on 127.0.0.1 only."""

    def __init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(self.port), "--bind", "127.0.0.1", "--directory", str(WEB)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                urllib.request.urlopen(self.url, timeout=1).close()
                return
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop()
                    raise RuntimeError("the static server did not start")
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def server():
    s = Server()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def open_page(browser, url: str, **context_options) -> tuple[Page, list[str]]:
    """The page, ready, and a list collecting problems: console errors, page errors and
    any request that leaves localhost."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:")) else problems.append(f"request to {r.url}"))
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=15000)
    return page, problems


@pytest.fixture()
def page(browser, server):
    page, problems = open_page(browser, server.url)
    yield page
    page.context.close()
    assert problems == []


def pick_unit(page: Page, side: str, query: str) -> None:
    """Uses the unit combobox as a person would: focus, type to search, Enter."""
    page.click(f"#{side}-unit")
    page.keyboard.type(query)
    expect(page.locator(f"#{side}-unit-list")).to_be_visible()
    page.keyboard.press("Enter")


def test_typing_a_value_converts_live(page: Page):
    page.select_option("#category", "length")
    pick_unit(page, "from", "foot")
    pick_unit(page, "to", "inch")
    expect(page.locator("#from-unit")).to_have_value("foot (ft)")
    expect(page.locator("#to-unit")).to_have_value("inch (in)")
    page.fill("#from-value", "")
    page.click("#from-value")
    page.keyboard.type("12")
    expect(page.locator("#to-value")).to_have_value("144")
    # The other direction: typing in the second field updates the first.
    page.fill("#to-value", "")
    page.click("#to-value")
    page.keyboard.type("6")
    expect(page.locator("#from-value")).to_have_value("0.5")
    page.fill("#from-value", "24")
    page.click("#swap")
    expect(page.locator("#from-unit")).to_have_value("inch (in)")
    expect(page.locator("#to-unit")).to_have_value("foot (ft)")
    expect(page.locator("#from-value")).to_have_value("24")
    expect(page.locator("#to-value")).to_have_value("2")


def test_search_forgives_typos_and_finds_other_categories(page: Page):
    page.select_option("#category", "length")
    pick_unit(page, "to", "kilogram")  # a mass unit: the category follows
    expect(page.locator("#category")).to_have_value("mass")
    expect(page.locator("#to-unit")).to_have_value("kilogram (kg)")
    pick_unit(page, "from", "galon")  # a typo of a volume unit
    expect(page.locator("#category")).to_have_value("volume")
    expect(page.locator("#from-unit")).to_have_value(re.compile(r"gallon"))
    expect(page.locator("#to-value")).not_to_have_value("")


def test_incompatible_units_show_a_message(page: Page):
    page.select_option("#category", "length")
    page.fill("#from-value", "3")
    page.fill("#to-unit", "kg")  # typed, not picked: any unit expression is accepted
    page.press("#to-unit", "Tab")
    expect(page.locator("#pair-message")).to_contain_text("Cannot convert")
    expect(page.locator("#to-value")).to_have_value("")
    page.fill("#from-value", "abc")
    expect(page.locator("#pair-message")).to_contain_text('"abc" is not a number')
    expect(page.locator("#from-value")).to_have_attribute("aria-invalid", "true")


def test_free_text_line(page: Page):
    page.click("#expression")
    page.keyboard.type("5 ft 3 in to cm")
    expect(page.locator("#expression-result")).to_have_text("160.02 cm")
    expect(page.locator("#expression-detail")).to_contain_text("5 foot + 3 inch")

    page.fill("#expression", "")
    page.keyboard.type("5 metr to ft")
    result = page.locator("#expression-result")
    expect(result).to_have_text('Unknown unit "metr". Did you mean "meter"?')
    expect(result).to_have_class("error")
    page.click("#expression-suggestions button:has-text('meter')")
    expect(page.locator("#expression")).to_have_value("5 meter to ft")
    expect(result).not_to_have_class("error")
    assert result.text_content().endswith(" ft")


def test_notes_say_how_names_were_read_and_other_readings_are_one_click(page: Page):
    result = page.locator("#expression-result")
    notes = page.locator("#expression-notes")
    others = page.locator("#expression-alternatives")
    page.click("#expression")
    page.keyboard.type("98.6 F to C")
    expect(result).to_have_text("37 °C")
    expect(notes).to_be_visible()
    expect(notes).to_have_text("F read as degree Fahrenheit · C read as degree Celsius")
    expect(others).to_be_hidden()

    page.fill("#expression", "")
    page.keyboard.type("100 F")
    expect(result).to_have_text("100 F")  # farads, the everyday default
    expect(notes).to_be_hidden()
    expect(others).to_be_visible()
    button = others.locator("button")
    expect(button).to_have_text(["100 °F"])
    expect(button).to_have_attribute("aria-label", "Read it as 100 °F")
    button.click()
    expect(page.locator("#expression")).to_have_value("100 °F")
    expect(result).to_have_text("100 °F")
    expect(page.locator("#expression-detail")).to_contain_text("degree Fahrenheit")
    expect(others).to_be_hidden()
    expect(page.locator("#expression")).to_be_focused()
    page.keyboard.press("End")
    page.keyboard.type(" to C")
    expect(result).to_have_text("37.7777777777778 °C")


def test_us_or_uk_gallons_follow_the_browser_then_the_choice(browser, server):
    page, problems = open_page(browser, server.url, locale="en-GB")
    try:
        expect(page.locator("#customary")).to_have_value("uk")
        page.fill("#expression", "1 gal to L")
        expect(page.locator("#expression-result")).to_have_text("4.54609 L")
        expect(page.locator("#expression-detail")).to_contain_text("1 imperial gallon")
        expect(page.locator("#expression-alternatives button")).to_have_text(["1 US gallon to L"])
        page.select_option("#customary", "us")
        expect(page.locator("#expression-result")).to_have_text("3.785411784 L")
        expect(page.locator("#expression-detail")).to_contain_text("1 US gallon")
        page.reload()
        page.wait_for_selector("body[data-ready=true]")
        expect(page.locator("#customary")).to_have_value("us")  # kept in this browser
        assert problems == []
    finally:
        page.context.close()


def test_a_german_browser_reads_and_shows_german_unit_names(browser, server):
    page, problems = open_page(browser, server.url, locale="de-DE")
    try:
        page.fill("#expression", "5 Fuß 3 Zoll in cm")
        expect(page.locator("#expression-result")).to_have_text("160.02 cm")
        expect(page.locator("#expression-detail")).to_contain_text("5 Fuß + 3 Zoll")
        page.fill("#expression", "100 Meilen nach km")
        expect(page.locator("#expression-result")).to_have_text("160.9344 km")
        # English names and symbols still work.
        page.fill("#expression", "5 ft 3 in to cm")
        expect(page.locator("#expression-result")).to_have_text("160.02 cm")
        pick_unit(page, "from", "Meile")
        expect(page.locator("#from-unit")).to_have_value("Meile (mi)")
        assert problems == []
    finally:
        page.context.close()


def test_inches_to_the_nearest_sixteenth(page: Page):
    expect(page.locator("#customary")).to_have_value("us")  # en-US, Playwright's default
    page.fill("#expression", "1.7 m to ft;in")
    expect(page.locator("#expression-result")).to_have_text("5 ft 6.93 in")
    page.select_option("#inch-fraction", "16")
    expect(page.locator("#expression-result")).to_have_text("5 ft 6 15/16 in")
    expect(page.locator("#expression-notes")).to_have_text("rounded to the nearest 1/16 in")
    page.select_option("#inch-fraction", "0")
    expect(page.locator("#expression-result")).to_have_text("5 ft 6.93 in")


def test_every_control_has_a_label(page: Page):
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input, select')]
              .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.id)"""
    )
    assert unlabelled == []
    assert page.get_attribute("#swap", "aria-label")


def test_narrow_screen_has_no_sideways_scroll(browser, server):
    page, problems = open_page(browser, server.url, viewport={"width": 360, "height": 740}, color_scheme="dark")
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        page.fill("#from-value", "1")
        expect(page.locator("#to-value")).not_to_have_value("")
        assert problems == []
    finally:
        page.context.close()


def test_opens_again_without_the_server(browser):
    """After one visit the service worker's copy serves the page: stop the server, reload."""
    own = Server()
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(own.url)
        page.wait_for_selector("body[data-ready=true]")
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        page.wait_for_function("navigator.serviceWorker.controller !== null")
        own.stop()
        page.reload()
        page.wait_for_selector("body[data-ready=true]", timeout=15000)
        page.fill("#expression", "1 mi to km")
        expect(page.locator("#expression-result")).to_have_text("1.609344 km")
    finally:
        context.close()
        own.stop()
