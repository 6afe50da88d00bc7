"""Reading other formats back into a project (no Qt anywhere in this package).

An importer never changes a project itself: it reads untrusted input into a *plan* (a list of
changes and the problems found), which the CLI or the window shows and applies as a whole.
"""
