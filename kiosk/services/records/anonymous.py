"""AnonymousCountSink: where a visitor's taster attempt goes. Nothing of the person and no statement is
kept: only that a try started on a day, and whether it was finished (completed, passed or failed)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from kiosk.core.labs.resume import module_id_of_iri
from kiosk.core.labs.xapi import Statement
from kiosk.services.records.store import RecordStore, StoreError

__all__ = ["AnonymousCountSink"]

log = logging.getLogger(__name__)

_FINISHED = frozenset({"completed", "passed", "failed"})


class AnonymousCountSink:
    """A StatementSink that counts, per day and module, the tries started and finished."""

    def __init__(self, store: RecordStore, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._today = today

    def record(self, statement: Statement) -> None:
        if statement.object_type != "module":
            return
        started = 1 if statement.verb == "attempted" else 0
        completed = 1 if statement.verb in _FINISHED else 0
        if not (started or completed):
            return
        module_id = module_id_of_iri(statement.object_id) or "unknown"
        try:
            # Days are local days, like the "today" on the showcase.
            self._store.count_anonymous_try(self._today().isoformat(), module_id, started=started, completed=completed)
        except StoreError:  # a count is not worth stopping a visitor for
            log.warning("visitor try of %s not counted", module_id, exc_info=True)
