"""Safety first: each of the module's safety statements is ticked by the trainee before step 1."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.core.labs.session import Phase
from kiosk.ui.labs.toggle_row import ToggleRow
from kiosk.ui.labs.words import language_name
from kiosk.viewmodels.lab_runner import LabRunnerModel


class SafetyScreen(QWidget):
    """One large tappable row per statement. A tap acknowledges it (an acknowledgement cannot be
    taken back: it is recorded). Begin is enabled only when every row is ticked; Back returns to the
    module list (the attempt is recorded as abandoned)."""

    def __init__(self, runner: LabRunnerModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.rows: list[ToggleRow] = []
        self._module_title = QLabel(self)
        self._module_title.setObjectName("LabTitle")
        self._module_title.setWordWrap(True)
        self._heading = QLabel(self)
        self._heading.setObjectName("LabHeading")
        self._intro = QLabel(self)
        self._intro.setObjectName("LabMuted")
        self._intro.setWordWrap(True)
        self.fallback_note = QLabel(self)
        self.fallback_note.setObjectName("LabSmall")
        self.fallback_note.hide()
        self._rows_host = QWidget()
        self._rows_lay = QVBoxLayout(self._rows_host)
        self._rows_lay.setContentsMargins(0, 0, 8, 0)
        self._rows_lay.setSpacing(12)
        self._rows_lay.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._rows_host)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self._on_back)
        self.begin_button = QPushButton(self)
        self.begin_button.setObjectName("Primary")
        self.begin_button.setProperty("wide", "true")
        self.begin_button.clicked.connect(self._on_begin)
        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.begin_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 20)
        lay.setSpacing(12)
        lay.addWidget(self._module_title)
        lay.addWidget(self._heading)
        lay.addWidget(self._intro)
        lay.addWidget(self.fallback_note)
        lay.addWidget(scroll, 1)
        lay.addLayout(footer)
        self._module_id: str | None = None
        runner.session_changed.connect(self._on_session_changed)
        self._on_session_changed()

    def _rebuild(self) -> None:
        for row in self.rows:
            self._rows_lay.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        module = self._runner.module
        if module is None:
            return
        for i, _statement in enumerate(module.safety):
            row = ToggleRow("", self._rows_host)
            row.clicked.connect(lambda i=i: self._runner.acknowledge(i))
            self._rows_lay.insertWidget(i, row)
            self.rows.append(row)

    def _on_session_changed(self) -> None:
        session = self._runner.session
        module_id = session.module.id if session is not None else None
        if module_id != self._module_id or (session is not None and len(self.rows) != len(session.module.safety)):
            self._module_id = module_id
            self._rebuild()
        self.refresh()

    def refresh(self) -> None:
        session = self._runner.session
        if session is None or session.phase is not Phase.SAFETY:
            return
        lang = self._runner.language
        module = session.module
        acks = session.safety_acknowledged
        self._module_title.setText(module.title.get(lang))
        self._heading.setText(self.tr("Safety first"))
        if module.safety:
            self._intro.setText(self.tr("Read each statement and tap it to confirm. Then tap Begin."))
        else:
            self._intro.setText(self.tr("This module has no safety statements. Tap Begin to start."))
        for row, statement, ok in zip(self.rows, module.safety, acks, strict=True):
            row.set_text(statement.get(lang))
            row.set_checked(ok)
        # German and Frisian fall back visibly, never silently (as on the step screen).
        fallback = next((t for t in (module.title, *module.safety) if t.local().is_fallback(lang)), None)
        if fallback is not None:
            shown = next(x for x in ("en", "nl") if x in fallback.languages())
            self.fallback_note.setText(
                self.tr("Not yet written in your language; shown in {language}.").format(language=language_name(shown))
            )
        self.fallback_note.setVisible(fallback is not None)
        self.back_button.setText(self.tr("Back"))
        self.begin_button.setText(self.tr("Begin"))
        self.begin_button.setEnabled(all(acks))

    def _on_back(self) -> None:
        self._runner.close()

    def _on_begin(self) -> None:
        self._runner.begin()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
