"""Journey-map models and the project file: pure Python, no Qt widgets.

Views and the document import from here; nothing here imports from them
(tests/test_layering.py holds that line).
"""
