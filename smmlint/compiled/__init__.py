"""Ahead-of-time compiled schema validators (generated; see smmlint/generate.py)."""
