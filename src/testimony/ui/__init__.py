"""The Qt user interface. Only this package and app.py import PySide6."""
