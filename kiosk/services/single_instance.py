"""One kiosk per data folder: a second instance finds the lock taken and refuses to start.

The lock is an OS file lock on `lock_file(paths)` (`<data dir>/kiosk.lock`): `fcntl.flock` on POSIX,
`msvcrt.locking` on Windows, taken without waiting. The OS drops it when the process ends in any way
(also SIGKILL or a crash), so a stale lock file never blocks a restart; only the lock counts, never
whether the file exists. The holder writes its process id into the file so the refusal can name it.
Two kiosks with different `--data-dir` folders do not block each other.

Usage (the composition root, before any window):

    instance = SingleInstance(lock_file(paths))
    if not instance.acquire():
        pid = instance.holder_pid()
        print(f"Skills Lab Kiosk is already running (process {pid}). ...", file=sys.stderr)
        return 1
    ...                       # keep `instance` referenced for the life of the app
    instance.release()        # at shutdown (optional: the OS releases it anyway)

On Windows a locked byte range cannot be read by others, so the lock is on one byte far past the
PID text (LOCK_OFFSET) and the PID stays readable.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from kiosk.services.paths import AppPaths

__all__ = ["LOCK_FILE_NAME", "SingleInstance", "lock_file"]

LOCK_FILE_NAME = "kiosk.lock"
LOCK_OFFSET = 4096
"""Windows: the byte that is locked (past the PID text, so the PID can be read while locked)."""
_PID_MAX_BYTES = 32


def lock_file(paths: AppPaths) -> Path:
    """The single-instance lock file of this data folder: `<data dir>/kiosk.lock`."""
    return paths.data_dir / LOCK_FILE_NAME


class SingleInstance:
    """`SingleInstance(lock_path)`. `acquire() -> bool` (False: another process holds it; never
    waits), `holder_pid() -> int | None` (the PID written by the holder, None when unknown),
    `release()`, `held`. A context manager too (`with SingleInstance(p) as held: ...`)."""

    def __init__(self, lock_path: str | Path) -> None:
        self.path = Path(lock_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock if nobody has it. True when this object holds it (also if it did already).
        Raises OSError when the lock file cannot be created at all (no such folder can be made,
        no permission): the caller reports that instead of starting blind."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        try:
            if not _try_lock(fd):
                os.close(fd)
                return False
            os.lseek(fd, 0, os.SEEK_SET)
            if sys.platform == "win32":
                _truncate_windows(fd)
            else:
                os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def holder_pid(self) -> int | None:
        """The PID in the lock file (this process's own while it holds the lock). None when the file
        is missing, empty or unreadable."""
        try:
            with open(self.path, "rb") as f:
                text = f.read(_PID_MAX_BYTES)
        except OSError:
            return None
        try:
            pid = int(text.decode("ascii").strip())
        except (UnicodeDecodeError, ValueError):
            return None
        return pid if pid > 0 else None

    def release(self) -> None:
        """Give the lock back (idempotent). The PID is wiped first, so nobody reads a stale one."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform == "win32":
                _truncate_windows(fd)
            else:
                os.ftruncate(fd, 0)
        except OSError:
            pass
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

    def __del__(self) -> None:  # a forgotten release: the OS would drop the lock at exit anyway
        fd = getattr(self, "_fd", None)
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _truncate_windows(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, b" " * _PID_MAX_BYTES)  # blank the PID; the locked byte lies further on
        os.lseek(fd, 0, os.SEEK_SET)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:  # EWOULDBLOCK/EACCES on some systems
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _truncate_windows(fd: int) -> None:
        raise NotImplementedError
