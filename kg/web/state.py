"""The store's state as the web sees it: a digest for ETags, a time for Last-Modified, a cache per state.

The state is what was built: every article's IRI and the checksum of its input, plus the number
of stored quads (which catches an article rebuilt from the same input by a changed extractor).
Dumps, the VoID and the home page statistics are computed once per state and reused until the
store changes; nothing needs to be told when that happens. Reading the state counts every quad
(a second on a million), so a store that knows its writes (:attr:`Store.generation`) is read once
per generation.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TypeVar

from kg.stats import article_checksums, state_digest
from kg.store import Store

T = TypeVar("T")

@dataclass(frozen=True)
class StoreState:
    digest: str  # hex sha256 of the sorted (article, checksum) pairs and the quad count
    # (an article graph without a kg:sha256, as hand-made test data has, counts with an empty checksum)
    articles: int
    quads: int
    modified: datetime  # when this server first saw the state (UTC, whole seconds)

    def etag(self, variant: str) -> str:
        """A strong entity tag for one representation (``variant``) of this state, unquoted."""
        return f"{self.digest[:24]}-{variant}"


class StateCache:
    """Held by the app: when each state was first seen, and values computed for the current state.

    Only the latest state's values are kept, so memory does not grow as the store changes.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._first_seen: dict[str, datetime] = {}
        self._digest: str | None = None
        self._values: dict[str, object] = {}
        self._computing: dict[str, threading.Lock] = {}
        self._latest: tuple[object, int | None, StoreState] | None = None  # (store, generation, state)

    def state(self, store: Store) -> StoreState:
        generation = store.generation
        latest = self._latest
        if generation is not None and latest and latest[0] is store and latest[1] == generation:
            return latest[2]
        state = self._read_state(store)
        self._latest = (store, generation, state)
        return state

    def _read_state(self, store: Store) -> StoreState:
        checksums = article_checksums(store)
        quads = len(store)
        digest = state_digest(checksums, quads)
        with self._lock:
            modified = self._first_seen.setdefault(digest, datetime.now(timezone.utc).replace(microsecond=0))
        return StoreState(digest, len(checksums), quads, modified)

    def get(self, state: StoreState, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per state and key; concurrent requests for the same value wait for the first."""
        with self._lock:
            if self._digest != state.digest:
                self._digest, self._values, self._computing = state.digest, {}, {}
            if key in self._values:
                return self._values[key]
            guard = self._computing.setdefault(key, threading.Lock())
        with guard:
            with self._lock:
                if self._digest == state.digest and key in self._values:
                    return self._values[key]
            value = compute()
            with self._lock:
                if self._digest == state.digest:
                    self._values[key] = value
            return value
