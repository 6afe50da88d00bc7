"""Widgets: the main window, the board and the dialogs. They read the document and push commands."""
