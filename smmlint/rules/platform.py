"""Rules: platform (to be written)."""

RULES: tuple = ()
