"""FaultsSection: the instructor causes a fault on a cell for a fault-finding exercise, and takes it away.

Offered for every cell whose method table has `inject_fault` (the embedded simulator has; a real cell
only when its PLC offers the same method). The fault names are the demo cell's (`DEMO_CELL_FAULTS`).
What is injected now is read from the live `active_faults` tag, and the fault the cell latched from the
`fault` tag, so the screen shows the cell's own word, not what was last tapped. Every command goes to
the cell link without waiting; its answer comes back through BackgroundJobs; every injection, removal
and reset is audited.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.tags import Quality
from kiosk.ui.instructor.section import InstructorSection, set_message
from kiosk.viewmodels.background import BackgroundJobs
from kiosk.viewmodels.lab_runner import CellLink

__all__ = ["DEMO_CELL_FAULTS", "FaultsSection"]

DEMO_CELL_FAULTS = ("JAM", "SENSOR_STUCK", "PRESSURE_DROP", "OVER_TEMPERATURE", "COMM_LOSS")
"""The causes the demo cell's `inject_fault` method takes (kiosk.services.simulator.model.KNOWN_FAULTS)."""

COMMAND_TIMEOUT_S = 5.0
Audit = Callable[[str, Mapping[str, Any]], None]


class FaultsSection(InstructorSection):
    """`links`: the site's cells by name (as the lab runner has them); `audit(action, detail)` writes
    an instructor audit row."""

    def __init__(
        self,
        links: Mapping[str, CellLink],
        jobs: BackgroundJobs,
        audit: Audit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._links = {name: link for name, link in links.items() if link.live.cell.method("inject_fault")}
        self._jobs = jobs
        self._audit = audit
        self._watched: CellLink | None = None

        self.title = QLabel(self)
        self.title.setObjectName("LabTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setObjectName("LabMuted")
        self.text.setWordWrap(True)
        self.cell_label = QLabel(self)
        self.cell_label.setObjectName("LabMuted")
        self.cell_box = QComboBox(self)
        for name in self._links:
            self.cell_box.addItem(name, name)
        self.cell_box.currentIndexChanged.connect(self._on_cell_changed)
        cell_row = QHBoxLayout()
        cell_row.addWidget(self.cell_label)
        cell_row.addWidget(self.cell_box)
        cell_row.addStretch(1)
        self.fault_buttons: dict[str, QPushButton] = {}
        self.fault_hints: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        for i, fault in enumerate(DEMO_CELL_FAULTS):
            button = QPushButton(self)
            button.setProperty("wide", True)
            button.clicked.connect(lambda _=False, f=fault: self.inject(f))
            hint = QLabel(self)
            hint.setObjectName("LabMuted")
            hint.setWordWrap(True)
            self.fault_buttons[fault] = button
            self.fault_hints[fault] = hint
            grid.addWidget(button, i, 0)
            grid.addWidget(hint, i, 1)
        grid.setColumnStretch(1, 1)
        self.active_label = QLabel(self)
        self.active_label.setObjectName("LabText")
        self.active_label.setWordWrap(True)
        self.latched_label = QLabel(self)
        self.latched_label.setObjectName("LabText")
        self.latched_label.setWordWrap(True)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("Primary")
        self.clear_button.setProperty("wide", True)
        self.clear_button.clicked.connect(self.clear)
        self.reset_button = QPushButton(self)
        self.reset_button.setProperty("wide", True)
        self.reset_button.clicked.connect(self.reset)
        actions = QHBoxLayout()
        actions.addWidget(self.clear_button)
        actions.addWidget(self.reset_button)
        actions.addStretch(1)
        self.message = QLabel(self)
        self.message.setObjectName("Message")
        self.message.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.setSpacing(14)
        lay.addWidget(self.title)
        lay.addWidget(self.text)
        lay.addLayout(cell_row)
        lay.addLayout(grid)
        lay.addWidget(self.active_label)
        lay.addWidget(self.latched_label)
        lay.addLayout(actions)
        lay.addWidget(self.message)
        lay.addStretch(1)
        self.cell_label.setVisible(len(self._links) > 1)
        self.cell_box.setVisible(len(self._links) > 1)
        self.retranslate()
        self._on_cell_changed()

    # ------------------------------------------------------------------------------ InstructorSection
    def section_title(self) -> str:
        return self.tr("Faults")

    def activate(self) -> None:
        self._show_state()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cause a fault for a fault-finding exercise"))
        if self._links:
            self.text.setText(
                self.tr(
                    "Each button adds a cause to the cell; the trainees find it from what the cell shows. "
                    "Remove the causes, then Reset, to end the exercise."
                )
            )
        else:
            self.text.setText(self.tr("No cell of this site allows faults to be caused from the kiosk."))
        self.cell_label.setText(self.tr("Cell"))
        for fault, button in self.fault_buttons.items():
            button.setText(self.fault_name(fault))
            self.fault_hints[fault].setText(self.fault_hint(fault))
        self.clear_button.setText(self.tr("Remove every cause"))
        self.reset_button.setText(self.tr("Reset the cell"))
        self._show_state()

    def fault_name(self, fault: str) -> str:
        names = {
            "JAM": self.tr("Jammed belt"),
            "SENSOR_STUCK": self.tr("Colour sensor stuck"),
            "PRESSURE_DROP": self.tr("Pressure drop"),
            "OVER_TEMPERATURE": self.tr("Heater stuck on"),
            "COMM_LOSS": self.tr("Communication lost"),
            "ESTOP": self.tr("Emergency stop"),
            "GUARD_OPEN": self.tr("Guard door open"),
            "PRESSURE_LOW": self.tr("Pressure low"),
        }
        return names.get(fault, fault)

    def fault_hint(self, fault: str) -> str:
        hints = {
            "JAM": self.tr("the belt blocks; the motor current rises"),
            "SENSOR_STUCK": self.tr("every part is read as black and rejected"),
            "PRESSURE_DROP": self.tr("the pump line slowly loses pressure"),
            "OVER_TEMPERATURE": self.tr("the tank heats up past the limit"),
            "COMM_LOSS": self.tr("the cell stops sending values"),
        }
        return hints.get(fault, "")

    # ------------------------------------------------------------------------------ commands
    @property
    def link(self) -> CellLink | None:
        name = self.cell_box.currentData()
        return self._links.get(name) if name is not None else None

    def inject(self, fault: str) -> None:
        """Add `fault` to the chosen cell's causes."""
        self._command("inject-fault", "inject_fault", fault)

    def clear(self) -> None:
        """Take every injected cause away (latched fault codes stay until Reset)."""
        self._command("clear-faults", "clear_faults")

    def reset(self) -> None:
        self._command("reset-cell", "reset")

    def _command(self, action: str, alias: str, *args: Any) -> None:
        link = self.link
        if link is None:
            return
        cell = link.live.cell.name
        if not link.live.cell.method(alias):
            set_message(self.message, self.tr("This cell has no '%1' command.").replace("%1", alias), "error")
            return
        future = link.commands.call(alias, *args)
        detail = {"cell": cell, **({"fault": args[0]} if args else {})}
        self._audit(action, detail)
        set_message(self.message, self.tr("Sending…"))
        self._jobs.run(
            lambda: future.result(timeout=COMMAND_TIMEOUT_S),
            lambda _result: self._on_done(action, args),
            self._on_failed,
        )

    def _on_failed(self, error: str) -> None:
        set_message(self.message, self.tr("The cell did not do it: %1").replace("%1", error), "error")

    def _on_done(self, action: str, args: Sequence[Any]) -> None:
        if action == "inject-fault":
            text = self.tr("Caused: %1.").replace("%1", self.fault_name(str(args[0])))
        elif action == "clear-faults":
            text = self.tr("Every cause removed. Reset the cell to clear the fault it shows.")
        else:
            text = self.tr("The cell was reset.")
        set_message(self.message, text, "ok")
        self._show_state()

    # ------------------------------------------------------------------------------ live state
    def _on_cell_changed(self) -> None:
        if self._watched is not None:
            self._watched.live.values_changed.disconnect(self._on_values_changed)
        self._watched = self.link
        if self._watched is not None:
            self._watched.live.values_changed.connect(self._on_values_changed)
        self._show_state()

    def _on_values_changed(self, aliases: list[str]) -> None:
        if "active_faults" in aliases or "fault" in aliases:
            self._show_state()

    def _show_state(self) -> None:
        link = self.link
        for button in (*self.fault_buttons.values(), self.clear_button, self.reset_button):
            button.setEnabled(link is not None)
        if link is None:
            self.active_label.setText("")
            self.latched_label.setText("")
            return
        snapshot = link.live.snapshot
        active = snapshot.get("active_faults")
        if active.quality is Quality.LIVE:
            names = [self.fault_name(f) for f in str(active.value or "").split(",") if f]
            shown = ", ".join(names) if names else self.tr("none")
            self.active_label.setText(self.tr("Causes now: %1").replace("%1", shown))
        else:
            self.active_label.setText(self.tr("Causes now: not known (no live value from the cell)"))
        latched = snapshot.get("fault")
        if latched.quality is Quality.LIVE:
            code = str(latched.value or "")
            shown = self.fault_name(code) if code else self.tr("none")
            self.latched_label.setText(self.tr("Fault the cell shows: %1").replace("%1", shown))
        else:
            self.latched_label.setText("")
        injected = str(active.value or "").split(",") if active.quality is Quality.LIVE else []
        for fault, button in self.fault_buttons.items():
            if button.property("active") != (fault in injected):
                button.setProperty("active", fault in injected)  # outlined: this cause is in the cell now
                button.style().unpolish(button)
                button.style().polish(button)
