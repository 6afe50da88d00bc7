"""The window's side of journey analytics: the log and mapping dialogs, the worker with
progress and Cancel, the Analytics panel and menu."""
