"""Exporters read a snapshot of the models (a pydantic Project) and import no Qt widgets."""
