"""Files only the kiosk's own user may read: exports, bundles, the instructor's site.toml."""

from __future__ import annotations

import os
import uuid
from contextlib import suppress
from pathlib import Path

__all__ = ["write_private"]


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` with mode 0600, atomically: a temporary file in the same folder (created
    0600, so the umask cannot widen it), flushed to disk, then moved over `path` with os.replace, and the
    folder synced. On any error the temporary file is removed and `path` is as it was."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    if os.name == "posix":  # the rename itself survives a power cut only once the folder is synced
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
