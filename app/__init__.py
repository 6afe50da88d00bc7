"""Waymark: offline customer journey mapping."""

__version__ = "0.1.0"
