"""Schedule rules RHY001-RHY010 (to be written)."""

RULES: tuple = ()
