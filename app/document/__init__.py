"""The open project as one QObject, and the undoable commands that edit it (QtCore/QtGui only)."""
