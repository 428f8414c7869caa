"""The Dagster UI as a user sees it: `make ui`, opened in headless Chromium (Debian package) with Playwright."""

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request

import pytest

from pipeline.ui import alive, descendants
from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ASSETS = [
    "source_documents",
    "source_rejects",
    "rejects",
    "documents",
    "parses",
    "sentences",
    "dates",
    "actors",
    "actor_mentions",
    "quotes",
    "events",
    "stories",
    "story_events",
]
CHROME_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOT = ROOT / "docs" / "ui-asset-graph.png"


def stop_tree(proc: subprocess.Popen) -> None:
    """TERM, then KILL, every process of the tree; nothing of the UI may outlive the test."""
    tree = [proc.pid] + descendants(proc.pid)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in tree:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.time() + 15
        while time.time() < deadline and any(alive(p) for p in tree):
            time.sleep(0.5)
    proc.wait(timeout=10)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, seconds: float) -> bool:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=3) as r:
                if r.status == 200:
                    return True
        except OSError:
            time.sleep(1)
    return False


@pytest.fixture
def ui(tmp_path):
    from pipeline.ui import write_instance_yaml

    raw, out, home = tmp_path / "raw", tmp_path / "out", tmp_path / "dagster_home"
    shutil.copytree(ROOT / "raw" / "sample", raw / "sample")
    write_instance_yaml(home)  # the project's, as `make ui` writes it (automation on, telemetry off)
    # the source partition, as the sensor registers it (the daemon's sensor would too, a few seconds later)
    subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "python"),
            "-c",
            "import dagster as dg; dg.DagsterInstance.get().add_dynamic_partitions('sources', ['sample'])",
        ],
        env={**os.environ, "DAGSTER_HOME": str(home)},
        check=True,
    )
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DAGSTER_HOME",)}
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "ui", f"UI_PORT={port}", f"DAGSTER_HOME={home}", f"RAW={raw}", f"OUT={out}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        preexec_fn=lambda: (
            signal.signal(signal.SIGINT, signal.SIG_DFL),
            signal.signal(signal.SIGTERM, signal.SIG_DFL),
        ),
    )
    try:
        assert wait_http(f"http://127.0.0.1:{port}/server_info", 150), "the UI did not come up"
        yield f"http://127.0.0.1:{port}", tmp_path
    finally:
        stop_tree(proc)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_asset_graph_and_source_partitions_in_the_ui(ui):
    from playwright.sync_api import sync_playwright

    url, tmp_path = ui
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(f"{url}/asset-groups/news_events", wait_until="networkidle", timeout=90_000)
        page.wait_for_selector("text=events", timeout=60_000)
        try:  # the first visit shows a community dialog over the graph
            page.get_by_role("button", name="Skip").click(timeout=15_000)
        except Exception:
            pass
        page.wait_for_timeout(1500)
        body = page.inner_text("body")
        for asset in ASSETS:
            assert asset in body, f"{asset} not shown in the asset graph"
        shot = tmp_path / "asset-graph.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        if os.environ.get("UPDATE_SCREENSHOT"):
            SCREENSHOT.parent.mkdir(exist_ok=True)
            shutil.copy(shot, SCREENSHOT)

        page.goto(f"{url}/assets/source_documents?view=partitions", wait_until="networkidle", timeout=90_000)
        page.wait_for_selector("text=sample", timeout=60_000)
        assert "Partitions" in page.inner_text("body")
        browser.close()
