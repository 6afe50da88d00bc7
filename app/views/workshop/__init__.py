"""Workshop tools: presentation, the timer, dot voting and the scribe's capture bar."""
