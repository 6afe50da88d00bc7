"""Cold-start baseline: a bare PySide6 window, shown and painted once, like `waymark --smoke`.

Run as a script (``python bench/bare_window.py``) so that it starts the way the app does.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1600, 1000)
window.show()
app.processEvents()
painted = not window.grab().isNull()
window.deleteLater()
sys.exit(0 if painted else 1)
