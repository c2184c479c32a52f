"""Testimony: record accounts of crisis services, offline and encrypted."""

__version__ = "0.1.0"
