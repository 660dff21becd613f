"""A server's import batches are bigger: they hold no lock the desk's check-ins wait for."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.screening import ScreeningAnswers
from desktop_app.services.checkin.types import AdmitRequest

ROWS = 2500


def roster(path: Path) -> Path:
    lines = ["Nama;NIK;No HP;Nama Usaha"]
    lines += [f"Peserta {i};331101100190{i + 1:04d};0812{i:08d};Usaha {i // 3}" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_commits_in_batches_sized_for_its_engine(
    services, admin, make_session, tmp_path, db_engine: str
) -> None:
    _, session_id = make_session(capacity=ROWS)
    written: list[int] = []
    summary = services.roster.run(
        roster(tmp_path / "undangan.csv"),
        [session_id],
        admin,
        batch_written=lambda done, _: written.append(done),
    )
    assert (summary.imported, summary.invited) == (ROWS, ROWS)  # `written`: each batch but the last
    # A file: the first transaction into this small registry takes 1,000 rows (beside 100,000
    # people 100: the desk may be waiting for SQLite's lock); a server: 2,000, the rest in one more.
    assert written[0] == (2000 if db_engine == "postgresql" else 1000)
    if db_engine == "postgresql":
        assert written == [2000]  # and the other 500 in the last
    person = services.registry.list_people("0812-0000-2499")[0]
    result = services.checkin.admit(AdmitRequest(session_id, person.id, ScreeningAnswers(36.6)), admin)
    assert (result.name, result.attended) == ("Peserta 2499", 1)
