"""Every dataclass says what it is, in a docstring of its own.

Also a start-up cost: without one, Python 3.11's @dataclass writes the class's signature as
its doc through inspect.signature, about 0.14 ms a class, and the window imports 28 of them
before its first paint.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "recovery_tracker"


def _is_dataclass(node: ast.ClassDef) -> bool:
    return any("dataclass" in ast.unparse(decorator) for decorator in node.decorator_list)


def test_every_dataclass_has_a_docstring() -> None:
    missing = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and _is_dataclass(node) and not ast.get_docstring(node)
    ]
    assert not missing, missing
