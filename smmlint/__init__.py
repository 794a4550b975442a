"""smmlint: a pre-publish linter and content planner for social-media posts."""

__version__ = "0.1.0"
