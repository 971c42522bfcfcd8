"""RingSeries and SampleBuffer: the two structures on the live-data hot path."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from kiosk.core.ring import RingSeries
from kiosk.core.sample_buffer import SampleBuffer
from kiosk.core.tags import ConnectionState, Sample


def test_ring_keeps_last_points_in_order_as_contiguous_views() -> None:
    ring = RingSeries(4)
    assert len(ring) == 0 and ring.last() is None
    for i in range(10):
        ring.append(float(i), float(i * 10))
    t, y = ring.view()
    assert t.tolist() == [6.0, 7.0, 8.0, 9.0]
    assert y.tolist() == [60.0, 70.0, 80.0, 90.0]
    assert t.base is not None  # a view, not a copy
    assert ring.last() == (9.0, 90.0)


def test_ring_partial_fill_and_nan() -> None:
    ring = RingSeries(5)
    ring.append(0.0, 1.0)
    ring.append(1.0, np.nan)
    t, y = ring.view()
    assert t.tolist() == [0.0, 1.0] and np.isnan(y[1])
    with pytest.raises(ValueError):
        RingSeries(1)


def test_buffer_drains_everything_once_and_counts_drops() -> None:
    buf = SampleBuffer(capacity=3)
    buf.push(Sample("a", i, True, None, float(i)) for i in range(5))
    d = buf.drain()
    assert [s.value for s in d.samples] == [2, 3, 4]  # the newest are kept
    assert d.dropped == 2
    assert buf.drain().samples == [] and buf.drain().dropped == 0


def test_buffer_carries_connection_state_contact_and_error() -> None:
    buf = SampleBuffer()
    assert buf.drain().connection is ConnectionState.CONNECTING
    buf.set_connection(ConnectionState.RECONNECTING, error="connection refused")
    buf.note_contact(5.0)
    buf.note_contact(4.0)  # older contact never moves the clock back
    d = buf.drain()
    assert d.connection is ConnectionState.RECONNECTING
    assert d.contact_ts == 5.0
    assert d.error == "connection refused"
    assert d.lost_at is None  # never connected: nothing was lost


def test_buffer_marks_where_in_the_stream_the_link_was_lost() -> None:
    buf = SampleBuffer()
    buf.set_connection(ConnectionState.CONNECTED)
    buf.push([Sample("a", 1, True, None, 0.0), Sample("b", 2, True, None, 0.0)])
    buf.set_connection(ConnectionState.RECONNECTING)
    buf.push([Sample("a", 3, True, None, 1.0)])
    d = buf.drain()
    assert d.lost_at == 2
    assert buf.drain().lost_at is None


def test_buffer_is_safe_across_threads() -> None:
    buf = SampleBuffer(capacity=1_000_000)
    n_threads, per_thread = 4, 5000

    def produce(k: int) -> None:
        for i in range(per_thread):
            buf.push((Sample(f"t{k}", i, True, None, 0.0),))

    threads = [threading.Thread(target=produce, args=(k,)) for k in range(n_threads)]
    got = 0
    for th in threads:
        th.start()
    while any(th.is_alive() for th in threads):
        got += len(buf.drain().samples)
    got += len(buf.drain().samples)
    assert got == n_threads * per_thread
