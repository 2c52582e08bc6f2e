"""The application's frame: start-up, the main window and the switching of its pages, the one
command runner, keys, help, settings, about."""
