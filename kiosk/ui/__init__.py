"""Widgets and screens. They take view models and subscribe to their signals; no I/O here."""
