"""Shared fixtures. Qt runs offscreen; tests that need a cell start a real simulator on a free port."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
