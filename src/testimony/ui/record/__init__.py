"""Recording an account, one question per page."""
