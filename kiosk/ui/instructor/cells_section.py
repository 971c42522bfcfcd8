"""CellsSection: the site's cells, how the kiosk reaches them, and which cell certificates it trusts.

For each cell: its name and label, its address (or "the simulated demo cell, inside this kiosk"), the
live connection state (LiveCellModel.connection_changed) and its security setting. "Check this cell"
asks the cell what it offers (kiosk.services.opcua_worker.discover, in the background) and shows its
certificate (subject, valid until, SHA-256 fingerprint in groups), with "Trust this certificate" behind
an inline confirmation, or "Stop trusting" for one already trusted. A new address and security setting
are written to site.toml (update_site_override, which checks them as the kiosk will read them) and take
effect when the kiosk restarts: the running links are never swapped. The kiosk's own certificate
(fingerprint and file) is shown for installing on a PLC. Trust, untrust and address changes are
audited (cell name, fingerprint, address; never a password: a cell address cannot hold one).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.site import EMBEDDED, SECURITY_MODES
from kiosk.core.tags import ConnectionState
from kiosk.services.opcua_worker import EndpointInfo, discover
from kiosk.services.pki import CertInfo, Pki, cert_info
from kiosk.services.site_override import OverrideRejected, update_site_override
from kiosk.ui.instructor.section import InstructorSection, set_message
from kiosk.viewmodels.background import BackgroundJobs
from kiosk.viewmodels.lab_runner import CellLink

__all__ = ["CellsSection", "grouped_fingerprint"]

Audit = Callable[[str, Mapping[str, Any]], None]
DISCOVER_TIMEOUT_S = 5.0


def grouped_fingerprint(fp: str, pairs_per_line: int = 8) -> str:
    """ "AB:CD:..." in lines of `pairs_per_line` hex pairs (four lines for SHA-256), easy to compare
    with what a PLC's screen shows, a group at a time."""
    pairs = fp.split(":")
    return "\n".join(":".join(pairs[i : i + pairs_per_line]) for i in range(0, len(pairs), pairs_per_line))


@dataclass(frozen=True)
class _Checked:
    """What "Check this cell" found (plain data: made on the background thread)."""

    endpoints: tuple[EndpointInfo, ...]
    cert: CertInfo | None
    trusted: bool


def _check(endpoint: str, pki: Pki) -> _Checked:
    endpoints = tuple(discover(endpoint, DISCOVER_TIMEOUT_S))
    # The certificate of a Basic256Sha256 endpoint when there is one: that is what the kiosk would trust.
    secured = [e for e in endpoints if e.policy == "Basic256Sha256" and e.certificate]
    shown = secured or [e for e in endpoints if e.certificate]
    if not shown:
        return _Checked(endpoints, None, False)
    info = cert_info(shown[0].certificate)
    return _Checked(endpoints, info, pki.is_trusted(info.der))


def _save(path: Path, site_id: str, name: str, endpoint: str, security: str) -> list[str]:
    """Write the cell's address and security into site.toml; the problems when refused ([]: written)."""
    try:
        update_site_override(path, site_id, cells={name: {"endpoint": endpoint, "security": security}})
    except OverrideRejected as exc:
        return list(exc.problems)
    return []


class _CellCard(QFrame):
    """The widgets of one cell (CellsSection fills and drives them)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.name_label = QLabel(self)
        self.name_label.setObjectName("LabHeading")
        self.name_label.setWordWrap(True)
        self.endpoint_label = QLabel(self)
        self.endpoint_label.setObjectName("LabText")
        self.endpoint_label.setWordWrap(True)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("LabText")
        self.state_label.setWordWrap(True)
        self.security_label = QLabel(self)
        self.security_label.setObjectName("LabText")
        self.check_button = QPushButton(self)
        self.check_button.setProperty("wide", True)
        self.offers_label = QLabel(self)
        self.offers_label.setObjectName("LabText")
        self.offers_label.setWordWrap(True)
        self.cert_label = QLabel(self)
        self.cert_label.setObjectName("LabText")
        self.cert_label.setWordWrap(True)
        self.trust_button = QPushButton(self)
        self.trust_button.setObjectName("Primary")
        self.untrust_button = QPushButton(self)
        self.confirm_label = QLabel(self)
        self.confirm_label.setObjectName("LabText")
        self.confirm_label.setWordWrap(True)
        self.confirm_yes = QPushButton(self)
        self.confirm_yes.setObjectName("Primary")
        self.confirm_no = QPushButton(self)
        self.address_label = QLabel(self)
        self.address_label.setObjectName("LabMuted")
        self.address_edit = QLineEdit(self)
        self.security_box = QComboBox(self)
        # The longest choice ("... Sign & Encrypt", longer still in Dutch) must not widen the card
        # past the screen: the combo is as wide as a short choice, its list as wide as the longest.
        self.security_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.security_box.setMinimumContentsLength(14)
        self.save_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setObjectName("Message")
        self.message.setWordWrap(True)

        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_button)
        trust_row.addWidget(self.untrust_button)
        trust_row.addStretch(1)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_yes)
        confirm_row.addWidget(self.confirm_no)
        confirm_row.addStretch(1)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address_edit, 3)
        address_row.addWidget(self.security_box, 1)
        address_row.addWidget(self.save_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.check_button, 0, 1)
        grid.addWidget(self.endpoint_label, 1, 0, 1, 2)
        grid.addWidget(self.state_label, 2, 0, 1, 2)
        grid.addWidget(self.security_label, 3, 0, 1, 2)
        grid.addWidget(self.offers_label, 4, 0, 1, 2)
        grid.addWidget(self.cert_label, 5, 0, 1, 2)
        grid.addLayout(trust_row, 6, 0, 1, 2)
        grid.addWidget(self.confirm_label, 7, 0, 1, 2)
        grid.addLayout(confirm_row, 8, 0, 1, 2)
        grid.addWidget(self.address_label, 9, 0, 1, 2)
        grid.addLayout(address_row, 10, 0, 1, 2)
        grid.addWidget(self.message, 11, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    def confirming(self, on: bool) -> None:
        self.confirm_label.setVisible(on)
        self.confirm_yes.setVisible(on)
        self.confirm_no.setVisible(on)


class CellsSection(InstructorSection):
    """`links`: the site's cells by name (as the lab runner has them; `links[n].commands` is the
    CellWorker, whose `endpoint` is the address in use); `pki`: the kiosk's certificate folder;
    `site_id` and `site_override_path`: the site.toml to write addresses into; `audit(action, detail)`
    writes an instructor audit row."""

    def __init__(
        self,
        links: Mapping[str, CellLink],
        jobs: BackgroundJobs,
        pki: Pki,
        site_id: str,
        site_override_path: Path,
        audit: Audit,
        parent: QWidget | None = None,
        *,
        language: Callable[[], str] | None = None,
    ) -> None:
        """`language()` gives the shown language for the cells' labels (LanguageModel.language);
        without it they are shown in Dutch, the sites' default."""
        super().__init__(parent)
        self._language: Callable[[], str] = language or (lambda: "nl")
        self._links = dict(links)
        self._jobs = jobs
        self._pki = pki
        self._site_id = site_id
        self._override_path = site_override_path
        self._audit = audit
        self._checked: dict[str, _Checked] = {}
        self._checking: set[str] = set()  # cells whose check is out: their button stays off meanwhile
        self._own: CertInfo | None = None
        self._own_error = ""

        self.title = QLabel(self)
        self.title.setObjectName("LabTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setObjectName("LabMuted")
        self.text.setWordWrap(True)
        self.own_label = QLabel(self)
        self.own_label.setObjectName("LabText")
        self.own_label.setWordWrap(True)
        self.cards: dict[str, _CellCard] = {}
        body = QWidget(self)
        body_lay = QVBoxLayout(body)
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.setSpacing(14)
        body_lay.addWidget(self.own_label)
        for name, link in self._links.items():
            card = _CellCard(body)
            for mode in SECURITY_MODES:
                card.security_box.addItem(mode, mode)
            card.security_box.setCurrentIndex(max(0, SECURITY_MODES.index(link.live.cell.security)))
            if not link.live.cell.is_embedded:
                card.address_edit.setText(link.live.cell.endpoint)
            card.check_button.clicked.connect(lambda _=False, n=name: self.check(n))
            card.trust_button.clicked.connect(lambda _=False, n=name: self.ask_trust(n))
            card.confirm_yes.clicked.connect(lambda _=False, n=name: self.trust(n))
            card.confirm_no.clicked.connect(lambda _=False, c=card: c.confirming(False))
            card.untrust_button.clicked.connect(lambda _=False, n=name: self.untrust(n))
            card.save_button.clicked.connect(lambda _=False, n=name: self.save_address(n))
            link.live.connection_changed.connect(lambda _state, n=name: self._show_cell(n))
            card.confirming(False)
            self.cards[name] = card
            body_lay.addWidget(card)
        body_lay.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.setSpacing(14)
        lay.addWidget(self.title)
        lay.addWidget(self.text)
        lay.addWidget(scroll, 1)
        self.retranslate()

    # ------------------------------------------------------------------------------ InstructorSection
    def section_title(self) -> str:
        return self.tr("Cells")

    def activate(self) -> None:
        pki = self._pki
        self._jobs.run(lambda: cert_info(pki.own_certificate()[0]), self._on_own, self._on_own_failed, key="own")
        for name in self.cards:
            self._show_cell(name)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Cells and their connections"))
        self.text.setText(
            self.tr(
                "How this kiosk reaches each cell. A secured cell (Basic256Sha256, the one policy the kiosk "
                "speaks) is only used once you trust its certificate here."
            )
        )
        for name, card in self.cards.items():
            card.check_button.setText(self.tr("Check this cell"))
            card.trust_button.setText(self.tr("Trust this certificate"))
            card.untrust_button.setText(self.tr("Stop trusting"))
            card.confirm_yes.setText(self.tr("Yes, trust it"))
            card.confirm_no.setText(self.tr("Cancel"))
            card.address_label.setText(self.tr("Change address (takes effect when the kiosk restarts)"))
            card.address_edit.setPlaceholderText("opc.tcp://192.168.10.20:4840")
            card.save_button.setText(self.tr("Save"))
            for i, mode in enumerate(SECURITY_MODES):
                card.security_box.setItemText(i, self.security_text(mode))
            self._show_cell(name)
        self._show_own()

    # ------------------------------------------------------------------------------ texts
    def security_text(self, mode: str) -> str:
        texts = {
            "none": self.tr("No security"),
            "sign": self.tr("Basic256Sha256 Sign"),
            "sign-encrypt": self.tr("Basic256Sha256 Sign & Encrypt"),
        }
        return texts.get(mode, mode)

    def state_text(self, state: ConnectionState) -> str:
        texts = {
            ConnectionState.CONNECTING: self.tr("connecting…"),
            ConnectionState.CONNECTED: self.tr("connected"),
            ConnectionState.RECONNECTING: self.tr("no connection, trying again"),
            ConnectionState.DISCONNECTED: self.tr("not connected"),
            ConnectionState.UNTRUSTED: self.tr("the cell's certificate is not trusted yet"),
        }
        return texts.get(state, state.value)

    def _offer_text(self, endpoint: EndpointInfo) -> str:
        if endpoint.policy == "None":
            return self.tr("None")
        if endpoint.policy == "Basic256Sha256" and endpoint.mode in ("sign", "sign-encrypt"):
            return self.security_text(endpoint.mode)
        return f"{endpoint.policy} {endpoint.mode}"  # a policy the kiosk does not speak: its own name

    # ------------------------------------------------------------------------------ showing
    def _endpoint_of(self, name: str) -> str:
        """The address in use: the worker's (the embedded cell's is known once it started)."""
        link = self._links[name]
        endpoint = getattr(link.commands, "endpoint", link.live.cell.endpoint)
        return str(endpoint or link.live.cell.endpoint)

    def _show_cell(self, name: str) -> None:
        card, link = self.cards[name], self._links[name]
        cell = link.live.cell
        card.name_label.setText(f"{cell.label.get(self._language())} ({cell.name})")
        if cell.is_embedded:
            card.endpoint_label.setText(self.tr("Address: the simulated demo cell, inside this kiosk"))
        else:
            card.endpoint_label.setText(self.tr("Address: %1").replace("%1", cell.endpoint))
        card.state_label.setText(self.tr("Connection: %1").replace("%1", self.state_text(link.live.connection)))
        card.security_label.setText(self.tr("Security: %1").replace("%1", self.security_text(cell.security)))
        card.check_button.setEnabled(self._endpoint_of(name) != EMBEDDED and name not in self._checking)
        checked = self._checked.get(name)
        if checked is None:
            card.offers_label.setVisible(False)
            card.cert_label.setVisible(False)
            card.trust_button.setVisible(False)
            card.untrust_button.setVisible(False)
            card.confirming(False)
            return
        offers = "; ".join(dict.fromkeys(self._offer_text(e) for e in checked.endpoints)) or self.tr("nothing")
        card.offers_label.setText(self.tr("This cell offers: %1").replace("%1", offers))
        card.offers_label.setVisible(True)
        cert = checked.cert
        card.cert_label.setVisible(True)
        if cert is None:
            card.cert_label.setText(self.tr("The cell shows no certificate."))
            card.trust_button.setVisible(False)
            card.untrust_button.setVisible(False)
            return
        lines = [
            self.tr("Certificate: %1").replace("%1", cert.subject),
            self.tr("Valid until: %1").replace("%1", cert.not_after.date().isoformat()),
            self.tr("SHA-256 fingerprint:"),
            grouped_fingerprint(cert.fingerprint),
            self.tr("Trusted by this kiosk") if checked.trusted else self.tr("Not trusted by this kiosk"),
        ]
        if cert.expired():
            lines.append(self.tr("This certificate has expired."))
        card.cert_label.setText("\n".join(lines))
        card.trust_button.setVisible(not checked.trusted)
        card.untrust_button.setVisible(checked.trusted)
        if card.confirm_label.isVisibleTo(card):
            card.confirm_label.setText(self._confirm_text(cert))

    def _confirm_text(self, cert: CertInfo) -> str:
        return self.tr(
            "Trust the certificate with fingerprint %1? Only if it matches what the cell's display shows."
        ).replace("%1", "\n" + grouped_fingerprint(cert.fingerprint) + "\n")

    def _show_own(self) -> None:
        if self._own is not None:
            self.own_label.setText(
                self.tr("This kiosk's certificate (install it on a secured cell's PLC):")
                + "\n"
                + grouped_fingerprint(self._own.fingerprint)
                + "\n"
                + self.tr("File: %1").replace("%1", str(self._pki.own_cert_path))
            )
        elif self._own_error:
            self.own_label.setText(
                self.tr("This kiosk's certificate could not be made: %1").replace("%1", self._own_error)
            )
        else:
            self.own_label.setText("")

    def _on_own(self, info: CertInfo) -> None:
        self._own, self._own_error = info, ""
        self._show_own()

    def _on_own_failed(self, error: str) -> None:
        self._own_error = error
        self._show_own()

    # ------------------------------------------------------------------------------ actions
    def check(self, name: str) -> None:
        """Ask the cell what it offers and which certificate it shows (in the background)."""
        endpoint, pki = self._endpoint_of(name), self._pki
        card = self.cards[name]
        self._checking.add(name)
        card.check_button.setEnabled(False)
        set_message(card.message, self.tr("Asking the cell…"))
        self._jobs.run(
            lambda: _check(endpoint, pki),
            lambda checked: self._on_checked(name, checked),
            lambda error: self._on_check_failed(name, error),
            key=f"check:{name}",
        )

    def _on_checked(self, name: str, checked: _Checked) -> None:
        self._checking.discard(name)
        self._checked[name] = checked
        set_message(self.cards[name].message, "")
        self._show_cell(name)

    def _on_check_failed(self, name: str, error: str) -> None:
        self._checking.discard(name)
        set_message(self.cards[name].message, self.tr("The cell did not answer: %1").replace("%1", error), "error")
        self._show_cell(name)

    def ask_trust(self, name: str) -> None:
        """Show the inline confirmation for the certificate the check found."""
        checked = self._checked.get(name)
        if checked is None or checked.cert is None:
            return
        card = self.cards[name]
        card.confirm_label.setText(self._confirm_text(checked.cert))
        card.confirming(True)

    def trust(self, name: str) -> None:
        """Trust the certificate the check found (after the confirmation)."""
        checked = self._checked.get(name)
        card = self.cards[name]
        card.confirming(False)
        if checked is None or checked.cert is None:
            return
        der, pki = checked.cert.der, self._pki
        self._jobs.run(lambda: pki.trust(der), lambda fp: self._on_trust_changed(name, fp, True), self._failed(name))

    def untrust(self, name: str) -> None:
        """Stop trusting the certificate the check found; the cell is refused from its next connection."""
        checked = self._checked.get(name)
        if checked is None or checked.cert is None:
            return
        fp, pki = checked.cert.fingerprint, self._pki
        self._jobs.run(
            lambda: pki.untrust(fp), lambda _gone: self._on_trust_changed(name, fp, False), self._failed(name)
        )

    def _on_trust_changed(self, name: str, fp: str, trusted: bool) -> None:
        self._audit("trust-certificate" if trusted else "untrust-certificate", {"cell": name, "fingerprint": fp})
        checked = self._checked.get(name)
        if checked is not None:
            self._checked[name] = _Checked(checked.endpoints, checked.cert, trusted)
        text = (
            self.tr("Trusted. The kiosk connects with this certificate from its next try.")
            if trusted
            else self.tr("No longer trusted. The kiosk stops using this cell within a few seconds.")
        )
        set_message(self.cards[name].message, text, "ok")
        self._show_cell(name)

    def _failed(self, name: str) -> Callable[[str], None]:
        def failed(error: str) -> None:
            card = self.cards[name]
            card.save_button.setEnabled(True)  # a failed save (a full disk) may be tried again
            set_message(card.message, self.tr("Not done: %1").replace("%1", error), "error")

        return failed

    def save_address(self, name: str) -> None:
        """Write the typed address and the chosen security into site.toml (checked first)."""
        card = self.cards[name]
        endpoint = card.address_edit.text().strip()
        security = str(card.security_box.currentData())
        path, site_id = self._override_path, self._site_id
        card.save_button.setEnabled(False)
        self._jobs.run(
            lambda: _save(path, site_id, name, endpoint, security),
            lambda problems: self._on_saved(name, endpoint, security, problems),
            self._failed(name),
        )

    def _on_saved(self, name: str, endpoint: str, security: str, problems: list[str]) -> None:
        card = self.cards[name]
        card.save_button.setEnabled(True)
        if problems:
            set_message(card.message, self.tr("Not saved:") + "\n" + "\n".join(problems), "error")
            return
        self._audit("change-cell-address", {"cell": name, "endpoint": endpoint, "security": security})
        set_message(card.message, self.tr("Saved. It takes effect when the kiosk restarts."), "ok")
