"""The code is grouped by feature: a folder per feature, not a file-name prefix per feature."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"
LAYERS = ["services", "exports", "ui"]


@pytest.mark.parametrize("layer", LAYERS)
def test_no_prefix_does_the_job_of_a_folder(layer: str) -> None:
    names = [p.stem for p in (PACKAGE / layer).iterdir() if p.suffix == ".py" and p.stem != "__init__"]
    names += [p.name for p in (PACKAGE / layer).iterdir() if (p / "__init__.py").exists()]
    prefixes = Counter(name.split("_")[0] for name in names if "_" in name.strip("_"))
    crowded = {prefix: n for prefix, n in prefixes.items() if n >= 4}
    assert not crowded, f"{layer}/: these prefixes want a folder of their own: {crowded}"


def test_every_feature_package_says_what_it_is_and_nothing_else() -> None:
    for layer in LAYERS:
        for init in (PACKAGE / layer).glob("*/__init__.py"):
            tree = ast.parse(init.read_text(encoding="utf-8"))
            docstring = ast.get_docstring(tree)
            assert docstring, f"{init} has no docstring"
            assert len(tree.body) == 1, f"{init} holds more than its docstring"
            if layer != "ui":
                assert "Entry point" in docstring, f"{init} does not name its entry point"
