"""Run one piece of work (a SPARQL query) in a forked child process that is killed at its deadline.

Why a process: a query inside Oxigraph cannot be interrupted from Python. Measured with pyoxigraph
0.5.13 (GIL released while it evaluates): a cross product whose FILTER rejects every pair (4 million
pairs) spends 4 s inside one step before the first solution; ``?s (<p>|!<p>)* ?o`` over a ring of
2,000 nodes computes its whole closure before the first solution (50 s, growing past 900 MB); and a
query nested thousands of levels deep (``{{{…}}}``, ``(((…)))``, ``!!!…``, ``1+1+…``) overflows the
stack of the thread that parses or evaluates it, which killed the whole server (SIGSEGV). Checking a
deadline between solutions stops none of these, and an abandoned thread keeps a core and its memory
until it ends. Static analysis cannot tell a costly join from a cheap one (and pyoxigraph exposes no
algebra). A pool of long-lived worker processes cannot see later writes to an in-memory store.

So the work runs in a child forked for it (copy-on-write: it sees the store as it is, in memory or
on disk), and the request thread waits on a pipe with a deadline: at the deadline the child is
killed (SIGKILL), which frees its core and its memory at once. The child also gets limits of its
own: ``memory_mb`` of address space beyond what it inherits (a closure that outgrows it aborts the
child: 503), CPU seconds (so that even an orphan ends), no core file; it closes its copies of the
server's sockets (no client connection is held open by it) and writes nothing to stderr.

The price is a fork per query: ~2 ms for a 60 MB server, ~30 ms for one holding a 1M-triple
in-memory store (the page tables are copied; the child's exit is reaped by a thread, off the
request's path), and the server's first write to each page after it faults. Over HTTP on the
shared 2-core machine (load ~6), a trivial ASK took 28–29 ms at p50 instead of 5–7 ms in a thread
of the server. A pool of workers forked once would avoid it only where the store never changes
while served. A lock another thread holds at the fork stays held in the child, for ever: reading an
on-disk store through the server's own RocksDB instance, about one query in a thousand hung on a
block-cache lock under mixed load (bench/RESULTS.md, 5), so children read it through a read-only
twin that no thread of the server ever reads (:class:`ChildStores`); bench/load.py then gave no 5xx
in two runs (4,062 requests, 32 clients). A child never writes to the store and never returns into the server's code: it
leaves by ``os._exit``. POSIX only (``pidfd_open``: Linux).
"""
from __future__ import annotations

import _thread
import faulthandler
import gc
import math
import os
import pickle
import resource
import select
import signal
import stat
import struct
import threading
import time
import traceback
from collections.abc import Callable
from typing import TypeVar

from kg.errors import KgError, QueryError, QueryTimeout
from kg.store import EmbeddedStore, Store

T = TypeVar("T")

_LENGTH = struct.Struct("!Q")  # the answer's length, then the pickled answer
_CHUNK = 1 << 20


class WorkerFailed(RuntimeError):
    """The child failed in a way that is a bug of the server (its traceback is in the message)."""


def run_isolated(work: Callable[[float], T], timeout: float, memory_mb: int) -> T:
    """``work(deadline)`` in a forked child; its (picklable) value, or the :class:`KgError` it raised.

    :class:`QueryTimeout` (503) once ``timeout`` seconds pass, or when the child outgrows its memory;
    :class:`QueryError` (400) when it crashes (a stack overflow in the query engine);
    :class:`WorkerFailed` (500, logged) for anything else.
    """
    deadline = time.monotonic() + timeout
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        _child(work, deadline, write_fd, timeout, memory_mb)  # never returns
    os.close(write_fd)
    reaped = False
    try:
        payload = _receive(pid, read_fd, deadline)
        reaped = isinstance(payload, int)
    finally:
        os.close(read_fd)
        if not reaped:  # a reaped pid may already belong to another process: never signal it
            _kill_and_reap(pid)
    if payload is None:
        raise QueryTimeout(timeout_message(timeout))
    if isinstance(payload, int):
        raise _death(payload, memory_mb)
    kind, value = pickle.loads(payload)
    if kind == "value":
        return value
    if kind == "error":
        raise value
    if kind == "memory":
        raise QueryTimeout(memory_message(memory_mb))
    raise WorkerFailed(value)


def timeout_message(timeout: float) -> str:
    return f"the query did not finish within {timeout:g} s (query_timeout); add a LIMIT or narrow its patterns"


def memory_message(memory_mb: int) -> str:
    return f"the query needed more than {memory_mb} MB of memory (query_memory) and was stopped; narrow its patterns"


class ChildStores:
    """The store a forked child reads: for an on-disk store, a read-only twin that no thread of the server reads.

    A child inherits every lock as it was at the fork. The server's threads read the store all the
    time (entity pages, dumps, statistics), and a child forked while one of them held a RocksDB
    block-cache lock waited on it for ever (seen under load: `rocksdb::port::Mutex::Lock` in
    `LRUCacheShard::Lookup`, about one query in a thousand, each a 503 at the deadline). The twin is
    a second RocksDB instance on the same files, opened once per generation of the store (a write
    through the server's store opens a new one, which sees it) and only ever read in children, so
    none of its locks is ever held at a fork. An in-memory store has no such cache; children read it.
    Held by the app (one per served store).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._twin: tuple[Store, int | None, Store] | None = None  # (served store, its generation, twin)

    def for_child(self, store: Store) -> Store:
        if not isinstance(store, EmbeddedStore) or store.path is None:
            return store
        with self._lock:
            twin = self._twin
            if twin is None or twin[0] is not store or twin[1] != store.generation:
                twin = self._twin = (store, store.generation, EmbeddedStore(store.path, read_only=True))
            return twin[2]


# --- the child -----------------------------------------------------------------------------------

def _child(work: Callable[[float], object], deadline: float, write_fd: int, timeout: float, memory_mb: int) -> None:
    """Evaluate, send the outcome, exit. Nothing here may return into the forking thread's frames."""
    try:
        gc.disable()  # a collection would write to every object, copying the parent's pages for nothing
        _quiet()
        _close_sockets()
        _limit_resources(timeout, memory_mb)
        payload = _pickled(_outcome(work, deadline))
        _write_all(write_fd, _LENGTH.pack(len(payload)) + payload)
    finally:
        os._exit(0)


def _outcome(work: Callable[[float], object], deadline: float) -> tuple[str, object]:
    try:
        return "value", work(deadline)
    except KgError as e:
        return "error", e
    except MemoryError:
        return "memory", None
    except BaseException:  # a bug (or a panic inside pyoxigraph): its text goes to the server log
        return "bug", traceback.format_exc()


def _pickled(outcome: tuple[str, object]) -> bytes:
    try:
        return pickle.dumps(outcome)
    except MemoryError:  # an answer too large for the child's memory
        return pickle.dumps(("memory", None))
    except Exception:  # an exception that does not pickle: send its text
        return pickle.dumps(("bug", traceback.format_exc()))


def _quiet() -> None:
    """No output from the child: its outcome, bugs included, goes to the parent, which logs what matters.

    (Else a query stopped at its memory prints Rust's allocation failure and, with RUST_BACKTRACE, a
    backtrace; and a crash, Python's faulthandler dump.)
    """
    faulthandler.disable()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _close_sockets() -> None:
    """Drop the child's copies of the server's sockets (listening and client): only the parent answers."""
    for name in os.listdir("/dev/fd"):
        fd = int(name)
        try:
            if stat.S_ISSOCK(os.fstat(fd).st_mode):
                os.close(fd)
        except OSError:  # the descriptor of the listing itself, already closed
            pass


def _limit_resources(timeout: float, memory_mb: int) -> None:
    """Address space: what the child inherits plus ``memory_mb``; CPU: the timeout and a margin; no core."""
    with open("/proc/self/statm") as statm:
        inherited = int(statm.read().split()[0]) * resource.getpagesize()
    address_space = inherited + memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    cpu = math.ceil(timeout) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


# --- the parent ----------------------------------------------------------------------------------

def _receive(pid: int, read_fd: int, deadline: float) -> bytes | int | None:
    """The child's pickled outcome; its wait status (reaped) if it ended without one; None at the deadline.

    The answer is framed by its length rather than ended by EOF: a child forked at the same moment by
    another request may hold a copy of this pipe's write end.
    """
    pidfd = os.pidfd_open(pid)
    try:
        poller = select.poll()  # not select.select: a busy server's descriptors can exceed FD_SETSIZE
        poller.register(read_fd, select.POLLIN)
        poller.register(pidfd, select.POLLIN)
        received = bytearray()
        while (remaining := deadline - time.monotonic()) > 0:
            events = dict(poller.poll(remaining * 1000))
            if read_fd in events:
                chunk = os.read(read_fd, _CHUNK)
                received += chunk
                if _complete(received):
                    return bytes(received[_LENGTH.size:])
                if chunk:
                    continue
            if events:  # the child ended, or closed the pipe, without a whole answer
                return os.waitpid(pid, 0)[1]
        return None
    finally:
        os.close(pidfd)


def _complete(received: bytearray) -> bool:
    return len(received) >= _LENGTH.size and len(received) - _LENGTH.size >= _LENGTH.unpack_from(received)[0]


def _kill_and_reap(pid: int) -> None:
    """Kill the child if it still runs; reap it in a thread (tearing a large child down takes a while)."""
    os.kill(pid, signal.SIGKILL)  # not reaped yet, so the pid is still the child's (running or a zombie)
    # _thread, not threading: Thread.start() waits until the new thread runs, ~4 ms on a busy machine.
    _thread.start_new_thread(_reap, (pid,))


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _death(status: int, memory_mb: int) -> KgError | WorkerFailed:
    """Why a child ended without an answer: its memory cap (abort), a stack overflow (SIGSEGV), or a bug."""
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGABRT:  # Rust aborts when an allocation fails: RLIMIT_AS reached
            return QueryTimeout(memory_message(memory_mb))
        if sig in (signal.SIGSEGV, signal.SIGBUS):
            return QueryError("the query engine cannot evaluate this query: it is nested or chained too deeply "
                              "(thousands of levels); simplify it")
        return WorkerFailed(f"the query's worker process was killed by signal {sig}")
    return WorkerFailed(f"the query's worker process exited ({os.waitstatus_to_exitcode(status)}) without an answer")
