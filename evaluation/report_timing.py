"""How long the dataset report (output/report/index.html) takes to open in a browser: headless Chromium, the
network refused (the page must need none), from navigation until every chart is drawn (each chart box holds its
SVG, or its "no data" note). Printed by `python -m pipeline bench`; the browser tests use the same page loader."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Page, Route

CHROME_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
# every chart box drawn: an <svg> inside it, or the note the template writes when there is nothing to draw
CHARTS_DRAWN = (
    "() => { const boxes = [...document.querySelectorAll('.chart')];"
    " return boxes.length > 0 && boxes.every(b => b.querySelector('svg, p.muted')); }"
)


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def open_report(page: Page, path: Path, timeout_ms: int = 120_000) -> tuple[float, list[str], list[str]]:
    """Open the report in a Playwright page with the network refused: (seconds until every chart is drawn,
    console errors, requests that tried to leave the file)."""
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    def refuse(route: Route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", refuse)
    start = time.perf_counter()
    page.goto(Path(path).resolve().as_uri(), wait_until="load", timeout=timeout_ms)
    page.wait_for_function(CHARTS_DRAWN, timeout=timeout_ms)
    return time.perf_counter() - start, errors, outside


def open_seconds(path: Path, repeats: int = 3) -> float | None:
    """The best of `repeats` openings of the report at `path` in a fresh page (None without Chromium)."""
    exe = chromium()
    if exe is None or not Path(path).exists():
        return None
    from playwright.sync_api import sync_playwright

    best = float("inf")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=CHROME_ARGS)
        for _ in range(repeats):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            seconds, _, _ = open_report(page, path)
            best = min(best, seconds)
            page.close()
        browser.close()
    return best
