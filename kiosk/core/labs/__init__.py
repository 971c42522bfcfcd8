"""Guided lab modules: the schema authors write and the live checks that decide when a step is done."""
