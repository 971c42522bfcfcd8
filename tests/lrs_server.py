"""A real Learning Record Store on loopback for the LRS forwarding tests: Ralph (ralph-malph) with its
file-system backend, run from its own virtualenv (.venv-lrs, made by `make lrs-venv`) so that its
FastAPI / pydantic pins never meet the kiosk's.

Why a launcher instead of `ralph runserver -b fs`: Ralph 5.1.0's FS LRS backend writes every POST to
the same file (`<dir>/fs_lrs.jsonl`) with its data backend's default operation "create", which refuses
an existing file, so only the first POST is stored and every later one answers 500 "Statements bulk
indexation failed" (ralph/backends/lrs/fs.py `write` passes operation_type=None, and
ralph/backends/data/fs.py `FSDataBackend.default_operation_type = CREATE`). No setting changes that.
The launcher below sets the FS LRS backend's default operation to "append" (one JSON line per
statement appended to the one file its reads already scan) before the app is imported, and runs
uvicorn without `runserver`'s auto-reload (a file watcher the tests do not want).

Two halves:
- `python tests/lrs_server.py` runs in .venv-lrs (imports Ralph); configured by RALPH_* environment
  variables and LRS_HOST / LRS_PORT / LRS_USERNAME / LRS_PASSWORD.
- `RalphLrs` runs in the kiosk's test process (stdlib only): starts that launcher on a free port with a
  temporary folder, waits until it answers, stops it.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
LRS_PYTHON = REPO / ".venv-lrs" / "bin" / "python"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ralph_missing_reason() -> str | None:
    """Why the Ralph LRS cannot be started here (None when it can)."""
    if not LRS_PYTHON.exists():
        return f"no LRS virtualenv at {LRS_PYTHON.parent.parent} (run `make lrs-venv`; it needs PyPI)"
    probe = subprocess.run(
        [str(LRS_PYTHON), "-c", "import ralph.backends.lrs.fs, fastapi, uvicorn, bcrypt"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if probe.returncode != 0:
        return f"Ralph is not importable in {LRS_PYTHON}: {probe.stderr.strip()[-300:]}"
    return None


class RalphLrs:
    """One Ralph LRS process on 127.0.0.1:`port`, storing into `folder`; `start()` / `stop()` may be
    called again (the stored statements stay in `folder`, like an LRS that was down for a while)."""

    def __init__(self, folder: Path, username: str = "kiosk", password: str = "s3cret-Lrs!") -> None:
        self.folder = folder
        self.username = username
        self.password = password
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = folder / "ralph.log"

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI"

    def start(self, timeout: float = 30.0) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "LRS_HOST": "127.0.0.1",
            "LRS_PORT": str(self.port),
            "LRS_USERNAME": self.username,
            "LRS_PASSWORD": self.password,
            "RALPH_APP_DIR": str(self.folder / "app"),
            "RALPH_AUTH_FILE": str(self.folder / "auth.json"),
            "RALPH_HISTORY_FILE": str(self.folder / "history.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder / "statements"),
        }
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [str(LRS_PYTHON), str(Path(__file__).resolve())], env=env, stdout=log, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"Ralph exited with {self.proc.returncode}: {self.log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=1) as r:
                    if r.status == 200:
                        return
            except (OSError, urllib.error.URLError):
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"Ralph did not answer within {timeout} s: {self.log.read_text()[-2000:]}")

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc = None

    def get(self, query: str) -> Any:
        """GET <endpoint>/statements?<query> as the configured user; the parsed JSON."""
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        request = urllib.request.Request(
            f"{self.endpoint}/statements?{query}",
            headers={"Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3"},
        )
        with urllib.request.urlopen(request, timeout=10) as r:
            return json.loads(r.read())

    def statement(self, statement_id: str) -> dict[str, Any]:
        """The statement the LRS holds under `statement_id` (Ralph answers with a StatementResult)."""
        found = self.get(f"statementId={statement_id}")
        [statement] = found.get("statements", [found])
        return dict(statement)

    def all_statements(self) -> list[dict[str, Any]]:
        """Every statement the LRS holds (following `more` links)."""
        out: list[dict[str, Any]] = []
        page = self.get("limit=500")
        out += page["statements"]
        while page.get("more"):
            more = str(page["more"])
            page = self.get(more.split("?", 1)[1])
            out += page["statements"]
        return out


def _serve() -> None:  # pragma: no cover - runs in .venv-lrs, not under pytest
    import bcrypt  # type: ignore[import-not-found,unused-ignore]
    import uvicorn  # type: ignore[import-not-found,unused-ignore]
    from ralph.backends.data.base import BaseOperationType  # type: ignore[import-not-found,unused-ignore]
    from ralph.backends.lrs.fs import FSLRSBackend  # type: ignore[import-not-found,unused-ignore]

    # See the module docstring: without this only the first POST is stored.
    FSLRSBackend.default_operation_type = BaseOperationType.APPEND
    auth = Path(os.environ["RALPH_AUTH_FILE"])
    auth.parent.mkdir(parents=True, exist_ok=True)
    hashed = bcrypt.hashpw(os.environ["LRS_PASSWORD"].encode(), bcrypt.gensalt(rounds=4)).decode()
    user = {
        "username": os.environ["LRS_USERNAME"],
        "hash": hashed,
        "scopes": ["all"],
        "agent": {"mbox": "mailto:kiosk-tests@example.org"},
    }
    auth.write_text(json.dumps([user]))
    uvicorn.run(
        "ralph.api:app",
        host=os.environ["LRS_HOST"],
        port=int(os.environ["LRS_PORT"]),
        log_level="warning",
        reload=False,
    )


if __name__ == "__main__":
    sys.path.remove(str(Path(__file__).resolve().parent))  # our tests folder must not shadow anything
    _serve()
