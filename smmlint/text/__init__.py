"""Small, pure text helpers shared by the rules: folding for comparison, the visible text of a
post with positions, whole-word matching with leetspeak. No heavy imports."""
