"""SQLite storage. The only package that speaks SQL; it returns domain objects."""
