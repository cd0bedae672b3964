"""Pure domain: dataclasses and rules. No Qt, no SQL (enforced by tests/test_layering.py)."""
