"""The application layer: every use case of the diary, without Qt and without SQL.

The window reaches it through ``ui/live_diary.py`` (a thin Qt adapter); the rules of the app
(validate, write, pick a plan, undo, cache) are written here once.
"""
