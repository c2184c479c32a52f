"""Sharing: checking words, the coalition's keys, exporting and withdrawing."""
