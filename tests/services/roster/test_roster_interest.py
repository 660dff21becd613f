"""The roster's "Tertarik BPU" column marks interest in joining BPJS (issue 19); blanks and "Tidak" do not."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.core.bpjs_row import is_yes
from desktop_app.core.roster_columns import Field, field_of
from desktop_app.storage.models import Person


def test_the_column_is_recognised() -> None:
    assert field_of("Tertarik BPU?") == Field.INTEREST
    assert field_of("Tertarik Mendaftar BPU (Ya/Tidak)") == Field.INTEREST
    assert [is_yes(v) for v in ("Ya", "y", "✓", 1, "Tertarik", "Tidak", "-", "", None, 0)] == [
        True, True, True, True, True, False, False, False, False, False,
    ]  # fmt: skip


def test_import_records_interest_with_the_operator_and_the_batch(
    services, admin, make_session, tmp_path: Path
) -> None:
    _, session_id = make_session()
    roster = tmp_path / "undangan.csv"
    roster.write_text(
        "Nama;NIK;No HP;Nama Usaha;Tertarik BPU\n"
        "Sri Wahyuni;3311014101900001;081200000011;Batik Sekar;Ya\n"
        "Budi Santoso;3311010202850002;081200000012;Koperasi Maju;Tidak\n"
        "Citra Lestari;3311084303880003;081200000013;Keripik Citra;\n"
        "Dodi Prasetyo;3372010505800004;081200000014;Bengkel Dodi;✓\n",
        encoding="utf-8",
    )
    summary = services.roster.run(roster, [session_id], admin)
    assert summary.imported == 4
    with services.db.session() as s:
        rows = {
            p.name: (p.bpu_interest_at is not None, p.bpu_interest_by, p.bpu_interest_session_id)
            for p in s.scalars(select(Person))
        }
    assert rows == {
        "Sri Wahyuni": (True, admin.id, session_id),
        "Budi Santoso": (False, None, None),
        "Citra Lestari": (False, None, None),
        "Dodi Prasetyo": (True, admin.id, session_id),
    }
