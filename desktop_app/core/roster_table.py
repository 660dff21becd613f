"""A roster table's body checked column by column: the rules of roster_row, applied to every row.

Each column's cells are cleaned once per distinct text (a roster repeats the same sex, kind,
kecamatan and position thousands of times), then each row is classified (person, blank,
footer) and the person rows go through `RowRules`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from desktop_app.core.region import District
from desktop_app.core.roster_columns import Field
from desktop_app.core.roster_row import (
    FIELD_ORDER,
    RowKind,
    RowResult,
    RowRules,
    column_texts,
    table_kinds,
)

Tick = Callable[[int], None]


def check_table(
    body: Sequence[Sequence[object]],
    first_number: int,
    columns: dict[Field, int],
    district: District,
    today: date,
    tick: Tick | None = None,
) -> tuple[list[RowResult], list[int], int]:
    """Check every row of a table's body (`first_number`: the first row's number as people see it).

    Returns the results of the person rows, the body indexes of the rejected ones, and how many
    non-blank rows were not people (totals, footers). `tick(index)` is called every 1000 rows.
    """
    count = len(body)
    raw = {f: [row[c] if c < len(row) else None for row in body] for f, c in columns.items()}
    texts = {f: column_texts(values) for f, values in raw.items()}
    blank = [""] * count
    by_field = [texts.get(f, blank) for f in FIELD_ORDER]
    raw_niks = raw.get(Field.NIK, [None] * count)
    has_ids = [nik or phone for nik, phone in zip(by_field[1], by_field[2], strict=True)]
    rules = RowRules(district, today)
    results: list[RowResult] = []
    rejected: list[int] = []
    skipped = 0
    for index, (kind, cells) in enumerate(
        zip(table_kinds(by_field[0], has_ids), zip(*by_field, strict=True), strict=True)
    ):
        if tick is not None and index % 1000 == 0:
            tick(index)
        if kind is not RowKind.PERSON:
            skipped += kind is RowKind.FOOTER
            continue
        result = rules.check(first_number + index, raw_niks[index], cells)
        results.append(result)
        if result.person is None:
            rejected.append(index)
    return results, rejected, skipped
