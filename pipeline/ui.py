"""`make ui`: the Dagster UI (`dg dev`: webserver, daemon, code server) on the project's instance settings,
stopped as a whole by Ctrl-C or SIGTERM.

    .venv/bin/python -m pipeline.ui [--host 127.0.0.1] [--port 3000] [--dagster-home DIR] [--raw-dir DIR]
                                    [--output-dir DIR]

1. Writes the project's instance settings (pipeline/dagster.yaml: automation on, telemetry off) into
   DAGSTER_HOME when it has no dagster.yaml, or refreshes an earlier copy of the project's; a dagster.yaml of
   your own is left alone.
2. Runs `dg dev` from this virtual environment (VIRTUAL_ENV and PATH point at it, as `dg` expects of a
   project with a `.venv`), in its own process group, with the raw and output dirs in PIPELINE_RAW_DIR and
   PIPELINE_OUTPUT_DIR.
3. On SIGINT, SIGTERM or SIGHUP, asks `dg dev` to stop (SIGINT: its graceful path), waits, then stops every
   process still below this one: TERM, then KILL. On Linux the launcher is a child subreaper, so the
   webserver, daemon, code server and run workers stay below it even when their parent has exited.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = Path(__file__).with_name("dagster.yaml")
MARKER = "# news-events-pipeline: project dagster.yaml"
GRACE_SECONDS = 20.0  # for `dg dev` to stop its webserver, daemon and code server itself
SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
PR_SET_CHILD_SUBREAPER = 36


def write_instance_yaml(home: Path) -> str:
    """Put the project's dagster.yaml into `home`: 'written' (none there), 'updated' (an earlier copy of the
    project's), 'unchanged', or 'kept' (a dagster.yaml of the user's own, left as it is)."""
    home.mkdir(parents=True, exist_ok=True)
    target, text = home / "dagster.yaml", TEMPLATE.read_text(encoding="utf-8")
    if not target.exists():
        target.write_text(text, encoding="utf-8")
        return "written"
    current = target.read_text(encoding="utf-8")
    if current == text:
        return "unchanged"
    if MARKER not in current:
        return "kept"
    target.write_text(text, encoding="utf-8")
    return "updated"


def location(path: str) -> str:
    """A local folder made absolute (`dg dev` runs from the project root); a URL (`s3://...`) as it is."""
    from pipeline.store.remote import is_url

    return path if is_url(path) else str(Path(path).resolve())


def ui_env(home: Path, raw_dir: str, output_dir: str, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of `dg dev`: the instance, the pipeline's folders, and this virtual environment active."""
    env = dict(os.environ if base is None else base)
    bin_dir = str(Path(sys.prefix) / "bin")
    env.pop("PYTHONHOME", None)
    env.setdefault("PYTHONUNBUFFERED", "1")  # dagster's log lines reach a log file as they happen
    env.update(
        DAGSTER_HOME=str(home),
        PIPELINE_RAW_DIR=raw_dir,
        PIPELINE_OUTPUT_DIR=output_dir,
        VIRTUAL_ENV=sys.prefix,
        PATH=os.pathsep.join([bin_dir] + [p for p in env.get("PATH", "").split(os.pathsep) if p and p != bin_dir]),
    )
    return env


def _parents() -> dict[int, int]:
    """pid -> parent pid of every process (Linux /proc; `ps` elsewhere)."""
    out = {}
    if Path("/proc/self/stat").exists():
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                out[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
        return out
    ps = subprocess.run(["ps", "-A", "-o", "pid=", "-o", "ppid="], capture_output=True, text=True, check=False)
    for line in ps.stdout.splitlines():
        pid, _, ppid = line.strip().partition(" ")
        if pid.isdigit() and ppid.strip().isdigit():
            out[int(pid)] = int(ppid)
    return out


def descendants(pid: int) -> list[int]:
    """Every process below `pid`."""
    children: dict[int, list[int]] = {}
    for child, parent in _parents().items():
        children.setdefault(parent, []).append(child)
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def alive(pid: int) -> bool:
    """Running (a zombie, dead but not yet reaped, is not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except (OSError, IndexError):  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


def _reap() -> None:
    """Collect the exit status of finished children (orphans handed to this subreaper included)."""
    while True:
        try:
            if os.waitpid(-1, os.WNOHANG)[0] == 0:
                return
        except ChildProcessError:
            return


def stop_tree(known: list[int] = (), wait: float = 10.0) -> None:
    """TERM, then KILL, every process below this one (and the `known` ones, found before their parent
    exited where there is no subreaper), until none is left or `wait` seconds pass for each signal."""
    me = os.getpid()
    for sig in (signal.SIGTERM, signal.SIGKILL):
        tree = [p for p in {*descendants(me), *known} if p != me and alive(p)]
        for pid in tree:
            try:
                os.kill(pid, sig)
            except (ProcessLookupError, PermissionError):
                pass
        deadline = time.monotonic() + wait
        while tree and time.monotonic() < deadline:
            _reap()
            tree = [p for p in tree if alive(p)]
            time.sleep(0.2)
    _reap()


def _become_subreaper() -> bool:
    """Linux: orphaned processes below this one are re-parented to it instead of to init."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def serve(argv: list[str], env: dict[str, str], grace: float = GRACE_SECONDS) -> int:
    """Run `argv` (dg dev) in its own process group until it exits or a stop signal comes; then stop the tree."""
    received: list[int] = []

    def on_signal(signum: int, frame: object) -> None:
        received.append(signum)

    previous = {s: signal.signal(s, on_signal) for s in SIGNALS}
    subreaper = _become_subreaper()
    proc = subprocess.Popen(argv, env=env, cwd=PROJECT_ROOT, start_new_session=True)
    seen: set[int] = set()
    try:
        ticks = 0
        while proc.poll() is None and not received:
            if not subreaper and ticks % 10 == 0:  # no subreaper: note the tree every 5 s, before parents exit
                seen.update(descendants(proc.pid))
            ticks += 1
            time.sleep(0.5)
        if proc.poll() is None:
            seen.update(descendants(proc.pid))
            try:
                os.killpg(proc.pid, signal.SIGINT)  # dg dev's own shutdown: it stops its services
            except ProcessLookupError:
                pass
            deadline = time.monotonic() + grace
            while proc.poll() is None and time.monotonic() < deadline and len(received) < 2:
                time.sleep(0.2)
    finally:
        stop_tree(sorted(seen))
        code = proc.wait()
        for s, handler in previous.items():
            signal.signal(s, handler)
    return 128 + received[0] if received else code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog=".venv/bin/python -m pipeline.ui",
        description="The Dagster UI with its daemon on the project's instance settings (what `make ui` runs).",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="address the webserver listens on")
    parser.add_argument("--port", type=int, default=3000, help="port of the webserver")
    parser.add_argument(
        "--dagster-home",
        default=os.environ.get("DAGSTER_HOME") or str(PROJECT_ROOT / ".dagster_home"),
        help="the Dagster instance folder (runs, event log, dagster.yaml)",
    )
    parser.add_argument(
        "--raw-dir",
        default=os.environ.get("PIPELINE_RAW_DIR") or str(PROJECT_ROOT / "raw"),
        help="one folder per source",
    )
    parser.add_argument(
        "--output-dir",
        default=os.environ.get("PIPELINE_OUTPUT_DIR") or str(PROJECT_ROOT / "output"),
        help="one folder per table",
    )
    args = parser.parse_args(argv)
    home = Path(args.dagster_home).resolve()
    state = write_instance_yaml(home)
    if state != "unchanged":
        print(f"{home / 'dagster.yaml'}: {state}" + (" (your own; automation may be off)" if state == "kept" else ""))
    dg = Path(sys.prefix) / "bin" / "dg"
    env = ui_env(home, location(args.raw_dir), location(args.output_dir))
    return serve([str(dg), "dev", "--host", args.host, "--port", str(args.port)], env)


if __name__ == "__main__":
    sys.exit(main())
