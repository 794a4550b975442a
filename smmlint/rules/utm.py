"""Rules: utm (to be written)."""

RULES: tuple = ()
