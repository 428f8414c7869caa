"""The README's screenshots after a real run (`make screenshots`): the sample in raw/ is run into a scratch
Dagster instance (the project's dagster.yaml), `make ui` is started on it, and headless Chromium saves the asset
graph with every asset materialized, the report asset's page (its figures, path and automation) and the report's
first screen into docs/. Needs Debian's chromium (`make browser`)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PORT = 3111
CHROME_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]


def run_sample(home: Path, out: Path) -> None:
    """The whole pipeline on raw/ into `out`, its materializations recorded in the instance at `home`."""
    home.mkdir(parents=True)
    shutil.copy(ROOT / "pipeline" / "dagster.yaml", home / "dagster.yaml")
    os.environ["DAGSTER_HOME"] = str(home)
    sys.path.insert(0, str(ROOT))
    import dagster as dg

    from pipeline.runner import run_pipeline

    assert run_pipeline(str(ROOT / "raw"), str(out), instance=dg.DagsterInstance.get()).success


def start_ui(home: Path, out: Path, log: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    args = ["make", "--no-print-directory", "ui", f"UI_PORT={PORT}", f"DAGSTER_HOME={home}"]
    args += [f"RAW={ROOT / 'raw'}", f"OUT={out}"]
    with log.open("w") as sink:
        proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/server_info", timeout=2)
            return proc
        except OSError:
            time.sleep(2)
    raise RuntimeError(f"the UI did not come up (see {log})")


def shoot(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    url = f"http://127.0.0.1:{PORT}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROME_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(f"{url}/asset-groups/news_events", wait_until="networkidle", timeout=120_000)
        page.wait_for_selector("text=events", timeout=60_000)
        try:  # the first visit shows a community dialog over the graph
            page.get_by_role("button", name="Skip").click(timeout=10_000)
        except Exception:  # noqa: BLE001 - no dialog
            pass
        page.wait_for_timeout(4000)
        page.screenshot(path=str(ROOT / "docs" / "ui-asset-graph.png"))
        page.goto(f"{url}/assets/report", wait_until="networkidle", timeout=120_000)
        page.wait_for_timeout(4000)
        page.screenshot(path=str(ROOT / "docs" / "ui-report-asset.png"))
        page.goto((out / "report" / "index.html").as_uri(), wait_until="load")
        page.wait_for_timeout(4000)
        page.screenshot(path=str(ROOT / "docs" / "report.png"))
        browser.close()


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="screenshots-"))
    home, out = scratch / "home", scratch / "out"
    run_sample(home, out)
    proc = start_ui(home, out, scratch / "ui.log")
    try:
        shoot(out)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=60)
    print("saved docs/ui-asset-graph.png, docs/ui-report-asset.png, docs/report.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
