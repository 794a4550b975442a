"""Rules: a11y (to be written)."""

RULES: tuple = ()
