"""The instructor's screens behind the PIN: the hub and its sections (trainees, progress, exports, privacy)."""
