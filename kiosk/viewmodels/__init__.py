"""QObjects that adapt core state to widgets, and the timers that drain the worker's buffers."""
