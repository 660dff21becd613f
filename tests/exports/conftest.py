"""The known session (see report_dataset.py), its report, and readers of written files."""

from __future__ import annotations

import pytest
from report_dataset import SIGNATORY_NIP, Known, build_known_session

from desktop_app.exports.letterhead import Signatory


@pytest.fixture
def known(services, admin) -> Known:  # type: ignore[no-untyped-def]
    """The known session, with a signatory set in the settings."""
    done = build_known_session(services, admin)
    signatory = Signatory(
        "Drs. Bambang Sutrisno, M.M.",
        "Kepala Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo",
        "Pembina Utama Muda",
        SIGNATORY_NIP,
    )
    services.settings.set_signatories([signatory], admin.id)
    return done
