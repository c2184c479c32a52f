"""The only way anything leaves a person's vault: consent-checked, generalised, redacted,
reviewed, sealed to the coalition, and recorded so it can be withdrawn."""
