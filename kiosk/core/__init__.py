"""Pure domain layer: no Qt, no OPC UA, no SQLite. Everything here is testable in plain Python."""
