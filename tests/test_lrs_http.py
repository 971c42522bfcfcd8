"""The LRS client's HTTP edge cases against a real HTTP server on loopback: a redirect is an answer,
never followed (a POST repeated as GET would look like a delivery), and back-off never overflows."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import ClassVar

import pytest

from kiosk.services.records.lrs import BACKOFF_CAP, backoff_seconds, urllib_post


class _Redirecting(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str | None]]] = []

    def do_POST(self) -> None:
        self.seen.append(("POST", self.headers.get("Authorization")))
        self.send_response(301)
        self.send_header("Location", "/moved/statements")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        self.seen.append(("GET", self.headers.get("Authorization")))
        body = b'{"statements": []}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = HTTPServer(("127.0.0.1", 0), _Redirecting)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_redirect_is_an_answer_not_a_delivery(server: str) -> None:
    _Redirecting.seen.clear()
    response = urllib_post("POST", f"{server}/statements", b"[]", {"Authorization": "Basic eDp5"}, 5.0)
    assert response.status == 301
    assert _Redirecting.seen == [("POST", "Basic eDp5")]  # no GET followed, the credentials went nowhere else


def test_back_off_stays_capped_after_a_week_of_failures() -> None:
    rng = random.Random(1)
    assert backoff_seconds(5000, rng) <= BACKOFF_CAP * 1.2
