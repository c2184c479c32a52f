"""Choosing who may see an account."""
