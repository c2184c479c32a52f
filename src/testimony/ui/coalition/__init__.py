"""The coalition's workspace pages: its public key, importing, analysis and reports."""
