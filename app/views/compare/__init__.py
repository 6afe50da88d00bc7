"""Compare mode: the board marks what changed since a snapshot, another journey or file."""
