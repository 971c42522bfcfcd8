"""Skills Lab Kiosk: live OPC UA process data and guided training on a smart-factory demo cell."""

__version__ = "0.1.0"
