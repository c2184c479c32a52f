"""The list of accounts, searching it, and one account read back."""
