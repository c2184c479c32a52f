"""The coalition's side: a workspace holding its age identity, importing bundles, analysis
with small-cell suppression, and reports."""
