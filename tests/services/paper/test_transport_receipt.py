"""The transport-money receipt: amounts per session, total in figures and words, zigzag, treasurer."""

from __future__ import annotations

import pytest
from pdf_words import needs_poppler, pdf_pages

from desktop_app.core.errors import InvalidField, NotAllowed
from desktop_app.core.terbilang import terbilang
from desktop_app.exports.letterhead import Signatory
from desktop_app.services.demo.service import generate_demo


@pytest.fixture
def session_id(services, admin) -> int:  # type: ignore[no-untyped-def]
    demo = generate_demo(services.db, services.district, people=40, operator_id=admin.id)
    return services.events.list_sessions(demo.event_id)[0].id


@needs_poppler
def test_receipt_totals_in_figures_and_words_with_the_zigzag(services, admin, session_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    services.transport.set_amount(session_id, 75_000, admin.id)
    services.transport.set_treasurer(
        Signatory("Siti Aminah", "Bendahara Pengeluaran", "", "198001012005012001"), admin.id
    )
    attendees = services.reports.session_report(session_id).sessions[0].rows
    done = services.transport.receipt(session_id, tmp_path / "transport.pdf", operator_id=admin.id)

    assert done.rows == len(attendees) > 10 and done.total == 75_000 * len(attendees)
    pages = pdf_pages(done.path)
    text = " ".join(p.text for p in pages)
    assert "TANDA TERIMA UANG TRANSPORT" in text
    assert text.count("75.000") == len(attendees)
    total = f"{done.total:,}".replace(",", ".")
    assert total in text
    assert f"{terbilang(done.total).capitalize()} rupiah" in text
    assert "Siti Aminah" in text and "NIP. 19800101 200501 2 001" in text and "Mengetahui," in text
    assert "Terbilang:" in text
    marks = {
        w.text.rstrip("."): w.x0
        for p in pages
        for w in p.words
        if w.text.endswith(".") and w.text[:-1].isdigit()
    }
    assert marks["1"] < marks["2"] and marks["3"] < marks["2"]  # odd numbers sign left, even right
    assert attendees[0].name in text


def test_amount_is_an_admin_setting_and_needed(services, admin, session_id, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidField) as caught:
        services.transport.receipt(session_id, tmp_path / "t.pdf")
    assert caught.value.problem == "no_amount"
    desk = services.operators.ensure("Petugas Meja")
    with pytest.raises(NotAllowed):
        services.transport.set_amount(session_id, 50_000, desk.id)
    with pytest.raises(InvalidField):
        services.transport.set_amount(session_id, -5, admin.id)
    services.transport.set_amount(session_id, 50_000, admin.id)
    assert services.transport.amount(session_id) == 50_000


def test_the_usual_amount_serves_batches_without_their_own(services, admin, session_id) -> None:  # type: ignore[no-untyped-def]
    other = services.events.list_sessions(services.events.list_events()[0].id)[1].id
    services.transport.set_default_amount(60_000, admin.id)
    services.transport.set_amount(other, 85_000, admin.id)
    assert (services.transport.amount(session_id), services.transport.amount(other)) == (60_000, 85_000)
    desk = services.operators.ensure("Petugas Meja")
    with pytest.raises(NotAllowed):
        services.transport.set_default_amount(10_000, desk.id)
    with pytest.raises(InvalidField):
        services.transport.set_default_amount(0, admin.id)
    services.transport.set_default_amount(None, admin.id)
    assert services.transport.amount(session_id) is None  # back to "not paid": the receipt needs an amount
