"""Rules: sla (to be written)."""

RULES: tuple = ()
