"""Letters drafted from an account: choose the kind and the organisation, then read, change,
print or save the letter."""
