"""Headless Chromium for browser tests: Debian's ``chromium`` driven by Selenium.

Offline by construction. We hand Selenium the system's ``chromedriver`` (built from the same
Debian source package as the browser, so their versions always match) and the browser
binary itself, which makes Selenium skip Selenium Manager: nothing is looked up or
downloaded. Every run gets a fresh profile directory, and the flags turn off the browser's
own background traffic (updates, sync, field trials) so a test sees only the requests its
page makes.

Viewports are set through the DevTools protocol rather than by resizing the window, so
``innerWidth`` is exactly the width asked for and a phone viewport also gets the phone's
device pixel ratio and ``<meta name="viewport">`` handling.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

#: the real binary; ``/usr/bin/chromium`` is Debian's wrapper script around it
CHROMIUM = Path("/usr/lib/chromium/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
INSTALL = "apt-get install -y chromium chromium-driver"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars", "--lang=en-US",
)


@dataclass(frozen=True)
class Viewport:
    name: str
    width: int
    height: int
    mobile: bool = False
    #: device pixel ratio (screenshots come out this many times larger)
    scale: float = 1


PHONE = Viewport("phone", 390, 844, mobile=True, scale=2)
LAPTOP = Viewport("laptop", 1366, 900)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def require_chromium() -> None:
    """Skip when Chromium is not installed on a developer machine; in CI its absence fails."""
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.is_file()]
    if not missing:
        return
    reason = f"headless Chromium not installed ({', '.join(missing)} missing); install it with `{INSTALL}`"
    if in_ci():
        pytest.fail(f"{reason}; CI must run the browser tests", pytrace=False)
    pytest.skip(reason)


@dataclass(frozen=True)
class FieldView:
    """One ``[data-field]`` element as the user sees it."""

    #: the raw value the page rendered (``data-value``), or ``None`` if it has none
    value: str | None
    text: str
    visible: bool
    #: the element's box lies inside the viewport horizontally (nothing cut off)
    fits: bool


READ_FIELDS = """
return [...document.querySelectorAll('[data-field]')].map((node) => {
  const box = node.getBoundingClientRect();
  const style = getComputedStyle(node);
  return {
    field: node.dataset.field, value: node.dataset.value ?? null, text: node.textContent.trim(),
    visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
    fits: box.left >= -0.5 && box.right <= window.innerWidth + 0.5,
  };
});
"""


class Browser:
    """The few things our tests ask of a page, over one Selenium session."""

    def __init__(self, driver: Any) -> None:
        self.driver = driver

    def cdp(self, command: str, **params: Any) -> dict:
        return self.driver.execute_cdp_cmd(command, params)

    def use_viewport(self, viewport: Viewport) -> None:
        self.cdp("Emulation.setDeviceMetricsOverride", width=viewport.width, height=viewport.height,
                 deviceScaleFactor=viewport.scale, mobile=viewport.mobile)
        self.cdp("Emulation.setTouchEmulationEnabled", enabled=viewport.mobile)

    def open(self, url: str) -> None:
        self.driver.get(url)

    def run(self, script: str, *args: Any) -> Any:
        """Run ``script`` as a function body in the page (``return`` gives the result)."""
        return self.driver.execute_script(script, *args)

    def wait_for(self, expression: str, timeout: float, what: str) -> Any:
        """Poll a JS expression until it is truthy; fail naming ``what`` and the page state."""
        from selenium.common.exceptions import TimeoutException
        from selenium.webdriver.support.ui import WebDriverWait

        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.1).until(
                lambda driver: driver.execute_script(f"return ({expression});"))
        except TimeoutException:
            state = self.run("return {state: document.body && document.body.dataset.state,"
                             " error: (document.getElementById('error') || {}).textContent};")
            raise AssertionError(f"timed out after {timeout} s waiting for {what}; page: {state};"
                                 f" console: {self.console()}") from None

    def fields(self) -> dict[str, FieldView]:
        found: dict[str, FieldView] = {}
        for row in self.run(READ_FIELDS):
            name = row.pop("field")
            assert name not in found, f"data-field={name!r} appears more than once"
            found[name] = FieldView(**row)
        return found

    def console(self) -> list[dict]:
        """Console messages since the last call (errors, CSP violations, failed loads)."""
        return self.driver.get_log("browser")

    def block_urls(self, *patterns: str) -> None:
        """Make requests matching ``patterns`` fail as a network error; none to unblock."""
        self.cdp("Network.enable")
        self.cdp("Network.setBlockedURLs", urls=list(patterns))

    def screenshot(self, path: Path) -> Path:
        """The whole page, not just the viewport, as PNG."""
        width, height = self.run("return [window.innerWidth,"
                                 " Math.ceil(document.documentElement.scrollHeight)];")
        shot = self.cdp("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                        clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path


@contextmanager
def headless_chromium(workdir: Path) -> Iterator[Browser]:
    """A headless Chromium with a fresh profile under ``workdir``; quit (by its own pids) on exit."""
    require_chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    workdir.mkdir(parents=True, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={workdir / 'profile'}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=str(CHROMEDRIVER), log_output=str(workdir / "chromedriver.log"))
    driver = webdriver.Chrome(options=options, service=service)
    try:
        driver.set_page_load_timeout(30)
        driver.set_script_timeout(30)
        yield Browser(driver)
    finally:
        driver.quit()
