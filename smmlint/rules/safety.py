"""Rules: safety (to be written)."""

RULES: tuple = ()
