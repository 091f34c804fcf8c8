"""Shared helpers of the benchmarks: paths, child processes and their memory, a server on a free port."""
from __future__ import annotations

import os
import resource
import socket
import statistics
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import requests

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DATA = BENCH / "data"  # generated inputs and stores (git-ignored)
PYTHON = sys.executable


def clean_env(**settings: str) -> dict[str, str]:
    """The environment without the caller's KG_* settings, plus ``settings``."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
    return {**env, **settings}


def run_measured(command: list[str], **kwargs) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run ``command`` to its end: (wall seconds, peak RSS in MB of that very process, its outcome).

    The peak is the process's own high-water mark (VmHWM), read every 10 ms while it runs. Not its
    ``ru_maxrss``: Linux starts a child's at the parent's peak at the fork, so a benchmark that had made
    its 1M-triple graph in-process (2.4 GB) reported 2.4 GB for a ``kg export`` of 96 MB."""
    peak = [0]
    seconds, _, _, result = _run(command, watch=lambda pid: peak.__setitem__(0, max(peak[0], _high_water(pid))),
                                 **kwargs)
    return seconds, peak[0], result


def run_timed(command: list[str], **kwargs) -> tuple[float, float, subprocess.CompletedProcess]:
    """Run ``command`` to its end: (wall seconds, CPU seconds, its outcome). The CPU seconds (user +
    system) are the command's and those of every process it started and waited for (worker pools):
    on a shared machine wall time measures the neighbours too, CPU time mostly the command."""
    seconds, cpu, _, result = _run(command, **kwargs)
    return seconds, cpu, result


def _run(command: list[str], watch=None, **kwargs):
    """(wall seconds, CPU seconds of the command's process tree, its own rusage, its outcome);
    ``watch(pid)`` is called every 10 ms while the command runs."""
    import tempfile
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        before = _children_cpu()
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True, **kwargs)
        watcher = threading.Thread(target=_watch, args=(process.pid, watch), daemon=True) if watch else None
        if watcher:
            watcher.start()
        _, status, usage = os.wait4(process.pid, 0)  # this child's own rusage, not the max of all children
        if watcher:
            watcher.join()
        seconds = time.perf_counter() - started
        cpu = _children_cpu() - before
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        result = subprocess.CompletedProcess(command, process.returncode, out.read(), err.read())
    return seconds, cpu, usage, result


def _watch(pid: int, watch) -> None:
    """Call ``watch(pid)`` every 10 ms until the process has ended (its /proc entry no longer says)."""
    while True:
        try:
            watch(pid)
        except (OSError, KeyError):  # gone, or a zombie, whose status has no memory lines
            return
        time.sleep(0.01)


def _high_water(pid: int) -> int:
    return proc_status(pid, "VmHWM")


def _children_cpu() -> float:
    """User + system CPU seconds of this process's waited-for descendants so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def proc_status(pid: int, field: str) -> int:
    """A memory figure of a live process from /proc (VmRSS, VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024
    raise KeyError(field)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def kg_server(store: Path, **settings: str):
    """``kg serve`` on a free loopback port over ``store``; yields (base URL, process)."""
    port = free_port()
    env = clean_env(**settings)
    process = subprocess.Popen([PYTHON, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port)],
                               cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                if requests.get(base + "/healthz", timeout=60).ok:
                    break
            except (requests.ConnectionError, requests.Timeout):
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("kg serve did not start")
            time.sleep(0.1)
        yield base, process
    finally:
        process.terminate()
        process.wait(timeout=30)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (values in any order)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def median(values: list[float]) -> float:
    return statistics.median(values)
