"""The swimlane board: layout (geometry), items (drawing), scene (mirror of the document),
view (navigation and gestures)."""
