"""Rules: cta (to be written)."""

RULES: tuple = ()
