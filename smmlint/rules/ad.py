"""Rules: ad (to be written)."""

RULES: tuple = ()
