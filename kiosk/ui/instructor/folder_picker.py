"""Choosing a folder (a USB stick) for what an instructor writes out: exports and sign-in cards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

__all__ = ["FolderPicker", "choose_folder", "default_start_folder"]

FolderPicker = Callable[[QWidget, str, str], str | None]
"""(parent, title, folder to start in) -> the folder chosen, or None when the instructor cancelled."""


def choose_folder(parent: QWidget, title: str, start: str) -> str | None:
    """Qt's own folder dialog (not the desktop's: the kiosk has no desktop session to host it)."""
    options = QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog
    chosen = QFileDialog.getExistingDirectory(parent, title, start, options)
    return chosen or None


def default_start_folder() -> str:
    """Where the picker opens the first time: where USB sticks appear, else the home folder."""
    media = Path("/media")
    return str(media) if media.is_dir() else str(Path.home())
