"""coach: an open coaching assistant for B2B salespeople."""

__version__ = "0.1.0"
