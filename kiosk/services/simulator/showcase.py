"""How the embedded demo cell starts: in motion, as the real one would be at an open day."""

from __future__ import annotations

from kiosk.services.simulator.model import DemoCellModel


def start_showcase(model: DemoCellModel) -> None:
    """The sorting line running in AUTO, the process unit filling, draining and heating.

    Lab modules never rely on this: each brings the cell to its own start with `setup:`, and the
    rehearsal starts from this state to prove that they do.
    """
    model.start()
    model.set_inlet_valve(35.0)
    model.set_outlet_valve(30.0)
    model.set_heater_enabled(True)
