"""Certificates: numbers already printed stay valid, collisions are listed, never silently changed.

Codes printed on the laptop were signed with its database's secret. That secret is kept in the
office's settings (`certificate.merged_secrets`) so `hadir verify` accepts them. A certificate
whose number the office already gave to someone else gets the office's next number for future
prints, and its printed number stays valid for codes signed with the laptop's key
(`certificate_alias`); the report lists it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from desktop_app.core.certificate_code import key_id, secret_from_text
from desktop_app.core.certificate_number import format_number
from desktop_app.services.certificates.service import MERGED_SECRETS_KEY, SECRET_KEY
from desktop_app.services.merge._run import Run, ids_by_uuid, insert_many, rows_where_in, without_id
from desktop_app.services.merge.types import Conflict
from desktop_app.storage.models import Certificate, CertificateAlias, Session, Setting

CERTIFICATES = Certificate.__table__
ALIASES = CertificateAlias.__table__
SETTINGS = Setting.__table__
SESSIONS = Session.__table__


def _setting(conn: Any, key: str) -> Any:
    row = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).first()
    return None if row is None else row[0]


def merge_keys(run: Run) -> str | None:
    """Make the laptop's certificate key known here; return its key_id (None: it never signed one)."""
    theirs = _setting(run.source, SECRET_KEY)
    if theirs is None:
        return None
    mine = _setting(run.target, SECRET_KEY)
    if mine is None:  # this database never signed a certificate: the laptop's key becomes its own
        run.target.execute(SETTINGS.insert().values(key=SECRET_KEY, value=theirs))
    elif mine != theirs:
        merged = _setting(run.target, MERGED_SECRETS_KEY)
        if merged is None:
            run.target.execute(SETTINGS.insert().values(key=MERGED_SECRETS_KEY, value=[theirs]))
        elif theirs not in merged:
            run.target.execute(
                SETTINGS.update().where(SETTINGS.c.key == MERGED_SECRETS_KEY).values(value=[*merged, theirs])
            )
    return key_id(secret_from_text(theirs))


def merge_certificates(run: Run) -> None:
    """Bring the laptop's certificates; list numbers both sides printed for different certificates."""
    key: str | None = None
    for incoming in run.rows(CERTIFICATES):
        if key is None:
            key = merge_keys(run)
            assert key is not None, "certificates without a key"
        _certificates_chunk(run, incoming, key)


def _certificates_chunk(run: Run, incoming: list[dict[str, Any]], key: str) -> None:
    by_uuid = ids_by_uuid(run.target, CERTIFICATES, (r["uuid"] for r in incoming))
    rest = [r for r in incoming if r["uuid"] not in by_uuid]
    numbers = {
        r["number"]: r for r in rows_where_in(run.target, CERTIFICATES, "number", (r["number"] for r in rest))
    }
    aliased = {
        (r["number"], r["key_id"])
        for r in rows_where_in(
            run.target, ALIASES, "number", (r["number"] for r in rest), ("number", "key_id")
        )
    }
    for row in rest:
        values = without_id(row)
        values["session_id"] = run.maps["session"][row["session_id"]]
        values["person_id"] = run.maps["person"][row["person_id"]]
        same_pair = run.target.execute(
            select(CERTIFICATES.c.id, CERTIFICATES.c.number).where(
                CERTIFICATES.c.session_id == values["session_id"],
                CERTIFICATES.c.person_id == values["person_id"],
            )
        ).first()
        if same_pair is not None:  # both printed one for this person and batch: one row, both numbers valid
            if same_pair.number != row["number"] and (row["number"], key) not in aliased:
                _alias(run, row["number"], key, same_pair.id)
                aliased.add((row["number"], key))
                run.conflicts.append(
                    Conflict(
                        "certificate_number",
                        {
                            "number": row["number"],
                            "kept_number": same_pair.number,
                            "certificate_id": same_pair.id,
                            "same_person": True,
                        },
                    )
                )
            continue
        clash = numbers.get(row["number"])
        if clash is not None or _seq_taken(run, values["year"], values["seq"]):
            values["seq"] = _next_seq(run, values["year"])
        if clash is not None:
            day, batch = run.target.execute(
                select(SESSIONS.c.date, SESSIONS.c.batch).where(SESSIONS.c.id == values["session_id"])
            ).one()
            values["number"] = format_number(run.number_pattern, values["seq"], day, batch, checked=False)
            while _number_taken(run, values["number"]):  # a pattern changed mid-year
                values["seq"] += 1
                values["number"] = format_number(run.number_pattern, values["seq"], day, batch, checked=False)
        (new_id,) = insert_many(run.target, CERTIFICATES, [values])
        run.counts["certificates_new"] += 1
        # A number given anew here may be the printed number of a later certificate of the file.
        numbers[values["number"]] = {"id": new_id}
        if clash is not None:
            _alias(run, row["number"], key, new_id)
            aliased.add((row["number"], key))
            run.conflicts.append(
                Conflict(
                    "certificate_number",
                    {
                        "number": row["number"],
                        "office_certificate_id": clash["id"],
                        "certificate_id": new_id,
                        "new_number": values["number"],
                        "same_person": False,
                    },
                )
            )


def _alias(run: Run, number: str, key: str, certificate_id: int) -> None:
    run.target.execute(
        ALIASES.insert().values(number=number, key_id=key, certificate_id=certificate_id, created_at=run.now)
    )


def _seq_taken(run: Run, year: int, seq: int) -> bool:
    query = select(CERTIFICATES.c.id).where(CERTIFICATES.c.year == year, CERTIFICATES.c.seq == seq)
    return run.target.execute(query).first() is not None


def _next_seq(run: Run, year: int) -> int:
    query = select(func.max(CERTIFICATES.c.seq)).where(CERTIFICATES.c.year == year)
    return (run.target.execute(query).scalar() or 0) + 1


def _number_taken(run: Run, number: str) -> bool:
    return (
        run.target.execute(select(CERTIFICATES.c.id).where(CERTIFICATES.c.number == number)).first()
        is not None
    )
