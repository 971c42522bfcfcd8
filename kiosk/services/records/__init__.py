"""The local records store (one SQLite file, one writer thread) and its StatementSink adapter."""

from kiosk.services.records.schema import MIGRATIONS, SCHEMA_VERSION, Migration
from kiosk.services.records.sink import FINAL_VERBS, SaveState, StoreSink, attempt_end
from kiosk.services.records.store import (
    Attempt,
    AttemptEnd,
    AttemptFields,
    AuditEntry,
    RecordStore,
    SampleRow,
    StoreClosed,
    StoredEvent,
    StoreError,
    StoreTooNew,
    Trainee,
)

__all__ = [
    "FINAL_VERBS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Attempt",
    "AttemptEnd",
    "AttemptFields",
    "AuditEntry",
    "Migration",
    "RecordStore",
    "SampleRow",
    "SaveState",
    "StoreClosed",
    "StoreError",
    "StoreSink",
    "StoreTooNew",
    "StoredEvent",
    "Trainee",
    "attempt_end",
]
