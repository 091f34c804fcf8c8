"""Run SPARQL queries in worker processes that are killed at their deadline.

Why a process: a query inside Oxigraph cannot be interrupted from Python. Measured with pyoxigraph
0.5.13 (GIL released while it evaluates): a cross product whose FILTER rejects every pair (4 million
pairs) spends 4 s inside one step before the first solution; ``?s (<p>|!<p>)* ?o`` over a ring of
2,000 nodes computes its whole closure before the first solution (50 s, growing past 900 MB); and a
query nested thousands of levels deep (``{{{…}}}``, ``(((…)))``, ``!!!…``, ``1+1+…``) overflows the
stack of the thread that parses or evaluates it, which killed the whole server (SIGSEGV). Checking a
deadline between solutions stops none of these, and an abandoned thread keeps a core and its memory
until it ends. Static analysis cannot tell a costly join from a cheap one (and pyoxigraph exposes no
algebra).

So queries run in workers forked from the server (copy-on-write: a worker sees the store as it was
at its fork, in memory or on disk), and the request thread waits on a pipe with a deadline: at the
deadline the worker is killed (SIGKILL), which frees its core and its memory at once. A worker
serves one query at a time and is reused (:class:`Workers`): a child forked per query cost the fork
(5-15 ms for the benchmark server) and read every block of an on-disk store cold (an entity lookup,
1-2 ms warm, took 25-35 ms); over HTTP on the 1M-triple benchmark store, entity lookups went from
60-70 ms at p50 to 9-13 ms, a trivial ASK from 32 ms to 4 ms. A write to the store since a worker's
fork retires it (it could not see the write), as do a deadline, a crash and
:attr:`Workers.QUERIES_PER_WORKER` queries. Each worker has limits of its own: ``memory_mb`` of address
space beyond what it inherits (a query that outgrows it aborts the worker: 503), no core file; it
closes its copies of the server's sockets (no client connection is held open by it), writes nothing
to stderr, and exits when the server is gone.

A lock another thread holds at the fork stays held in the worker, for ever: reading an on-disk store
through the server's own RocksDB instance, about one query in a thousand hung on a block-cache lock
under mixed load (bench/RESULTS.md, 5), so workers read it through a read-only twin that no thread
of the server ever reads (:class:`ChildStores`). A worker never writes to the store and never returns
into the server's code: it leaves by ``os._exit``. POSIX only (``pidfd_open``: Linux).
"""
from __future__ import annotations

import _thread
import faulthandler
import gc
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
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from kg.errors import KgError, QueryError, QueryTimeout
from kg.store import EmbeddedStore, Store

T = TypeVar("T")

_LENGTH = struct.Struct("!Q")  # the answer's length, then the pickled answer
_CHUNK = 1 << 20


class WorkerFailed(RuntimeError):
    """The child failed in a way that is a bug of the server (its traceback is in the message)."""


class Workers:
    """Worker processes forked from the server and reused, one query at a time each; killed at a deadline.

    A worker is forked when a query finds none idle, serves queries until :data:`QUERIES_PER_WORKER`
    (its heap cannot grow for ever under its memory cap), and is killed when a query overruns, when it
    dies (a stack overflow, its memory cap) or when the store was written since its fork (it could not
    see the write). Reused, a worker keeps its store's block cache warm: a child forked per query read
    every block cold (an entity lookup took 25-35 ms in it against 1-2 ms warm, measured on the 1M-triple
    benchmark store), and paid the fork (5-15 ms). ``function(store, deadline, *args)`` must be a
    module-level function and ``args`` picklable: they are sent to the worker, which holds the store.
    Held by the app (one per served store).
    """

    QUERIES_PER_WORKER = 200

    def __init__(self, stores: ChildStores):
        self.stores = stores
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        # An app dropped (a test's) takes its idle workers with it; else they would wait for the server's end.
        self._finalizer = weakref.finalize(self, _retire_all, self._idle, self._lock)

    def run(self, store: Store, function: Callable[..., T], args: tuple, timeout: float, memory_mb: int) -> T:
        """``function(store, deadline, *args)`` in a worker; its value, or the :class:`KgError` it raised.

        :class:`QueryTimeout` (503) once ``timeout`` seconds pass, or when the worker outgrows its memory;
        :class:`QueryError` (400) when it crashes (a stack overflow in the query engine);
        :class:`WorkerFailed` (500, logged) for anything else.
        """
        deadline = time.monotonic() + timeout
        worker = self._take(store, memory_mb)
        message = pickle.dumps((function, args, deadline))
        try:
            _write_all(worker.requests, _LENGTH.pack(len(message)) + message)
            payload = _receive(worker, deadline)
        except BaseException:
            worker.retire()
            raise
        if not isinstance(payload, bytes):  # the deadline passed (None), or the worker died (its status)
            worker.retire(payload)
            if payload is None:
                raise QueryTimeout(timeout_message(timeout))
            raise _death(payload, memory_mb)
        self._give_back(worker)
        kind, value = pickle.loads(payload)
        if kind == "value":
            return value
        if kind == "error":
            raise value
        if kind == "memory":
            raise QueryTimeout(memory_message(memory_mb))
        raise WorkerFailed(value)

    def _take(self, store: Store, memory_mb: int) -> _Worker:
        generation = store.generation
        with self._lock:
            stale = [worker for worker in self._idle if worker.generation != generation]
            self._idle[:] = [worker for worker in self._idle if worker.generation == generation]
            worker = self._idle.pop() if self._idle else None
        for old in stale:
            old.retire()
        return worker or _Worker.fork(self.stores.for_child(store), generation, memory_mb)

    def _give_back(self, worker: _Worker) -> None:
        worker.served += 1
        if worker.served >= self.QUERIES_PER_WORKER:
            worker.retire()
            return
        with self._lock:
            self._idle.append(worker)

    def close(self) -> None:
        """Kill the idle workers (a busy one is killed by its request's deadline)."""
        self._finalizer()


def _retire_all(idle: list[_Worker], lock: threading.Lock) -> None:
    with lock:
        workers, idle[:] = idle[:], []
    for worker in workers:
        worker.retire()


@dataclass
class _Worker:
    pid: int
    pidfd: int
    requests: int  # the parent's end of the pipe carrying queries to the worker
    answers: int  # the parent's end of the pipe carrying answers back
    generation: int | None
    served: int = 0

    @classmethod
    def fork(cls, store: Store, generation: int | None, memory_mb: int) -> _Worker:
        request_read, request_write = os.pipe()
        answer_read, answer_write = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:
            _serve(store, request_read, answer_write, parent, memory_mb)  # never returns
        os.close(request_read)
        os.close(answer_write)
        return cls(pid, os.pidfd_open(pid), request_write, answer_read, generation)

    def retire(self, status: int | None = None) -> None:
        """Kill the worker (unless ``status`` says it is already dead and reaped) and close its pipes."""
        if status is None:
            _kill_and_reap(self.pid)  # not reaped yet, so the pid is still the worker's
        for fd in (self.pidfd, self.requests, self.answers):
            os.close(fd)


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


# --- the worker ----------------------------------------------------------------------------------

def _serve(store: Store, requests: int, answers: int, parent: int, memory_mb: int) -> None:
    """Answer queries until the server goes; never returns into the forking thread's frames."""
    try:
        gc.freeze()  # the inherited objects stay out of collections: collecting them would copy their pages
        _quiet()
        _close_sockets()
        _limit_resources(memory_mb)
        while (message := _next_request(requests, parent)) is not None:
            function, args, deadline = pickle.loads(message)
            payload = _pickled(_outcome(lambda deadline: function(store, deadline, *args), deadline))
            _write_all(answers, _LENGTH.pack(len(payload)) + payload)
    finally:
        os._exit(0)


def _next_request(fd: int, parent: int) -> bytes | None:
    """The next query sent, or None once the server is gone (checked every second: other workers may
    hold copies of this pipe's write end, so no EOF may ever come)."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    received = bytearray()
    while not _complete(received):
        if not poller.poll(1000):
            if os.getppid() != parent:
                return None
            continue
        chunk = os.read(fd, _CHUNK)
        if not chunk:
            return None
        received += chunk
    return bytes(received[_LENGTH.size:])


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


def _limit_resources(memory_mb: int) -> None:
    """Address space: what the worker inherits plus ``memory_mb``; no core file."""
    with open("/proc/self/statm") as statm:
        inherited = int(statm.read().split()[0]) * resource.getpagesize()
    address_space = inherited + memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


# --- the parent ----------------------------------------------------------------------------------

def _receive(worker: _Worker, deadline: float) -> bytes | int | None:
    """The worker's pickled outcome; its wait status (reaped) if it died without one; None at the deadline.

    The answer is framed by its length rather than ended by EOF: other workers may hold copies of
    this pipe's write end.
    """
    poller = select.poll()  # not select.select: a busy server's descriptors can exceed FD_SETSIZE
    poller.register(worker.answers, select.POLLIN)
    poller.register(worker.pidfd, select.POLLIN)
    received = bytearray()
    while (remaining := deadline - time.monotonic()) > 0:
        events = dict(poller.poll(remaining * 1000))
        if worker.answers in events:
            chunk = os.read(worker.answers, _CHUNK)
            received += chunk
            if _complete(received):
                return bytes(received[_LENGTH.size:])
            if chunk:
                continue
        if events:  # the worker ended, or closed the pipe, without a whole answer
            return os.waitpid(worker.pid, 0)[1]
    return None


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
