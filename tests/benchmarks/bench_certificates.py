"""1,000 certificates with their QR codes, against reportlab drawing the same pages without them.

    certificates_vs_page     time to write 1,000 certificates (QR codes included) divided by the
                             time to write the very same 1,000 pages without QR codes (target < 2)
    certificates_1000_s      seconds for the 1,000 certificates, QR codes included
    certificates_inprocess_vs_page   the same ratio with the QR helper process switched off
    certificates_service_s   the whole use case once: numbering 1,000 people in the database,
                             the combined PDF written (what `hadir certificates --event` does)

Run alone: `python tests/benchmarks/bench_certificates.py`.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.exports.certificates.items import CertificateHeader  # noqa: E402
from desktop_app.exports.certificates.pdf import write_certificates  # noqa: E402
from desktop_app.services.container import Services  # noqa: E402
from desktop_app.services.demo.service import generate_demo  # noqa: E402
from desktop_app.storage.database import open_database  # noqa: E402

COUNT = 1000


def _best(fn, rounds: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def bench_certificates(rounds: int = 5) -> dict[str, float]:
    """The figures above, each the best of `rounds` runs (runs of both kinds interleaved)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = Services(open_database(folder / "bench.db"))
        try:
            result = generate_demo(services.db, services.district, people=1200, seed=6)
            started = time.perf_counter()
            services.certificates.generate(folder / "service.pdf", event_id=result.event_id)
            service_s = time.perf_counter() - started
            issued, _ = services.certificates.issue(event_id=result.event_id)
            assert len(issued) >= COUNT, len(issued)
            template = services.certificates.template()
            pages = services.certificates.pages(issued[:COUNT], template)
            header = CertificateHeader(
                "Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo", "BPJS Ketenagakerjaan"
            )
        finally:
            services.close()
        target = folder / "bench.pdf"

        def draw(qr: bool, parallel: bool | None = None):  # type: ignore[no-untyped-def]
            return lambda: write_certificates(target, template, header, pages, qr=qr, parallel=parallel)

        draw(True)()  # warm the fonts and caches
        plain, with_qr, in_process = float("inf"), float("inf"), float("inf")
        for _ in range(rounds):
            plain = min(plain, _best(draw(False), 1))
            with_qr = min(with_qr, _best(draw(True), 1))
            in_process = min(in_process, _best(draw(True, parallel=False), 1))
    return {
        "certificates_vs_page": round(with_qr / plain, 2),
        "certificates_1000_s": round(with_qr, 3),
        "certificates_page_only_1000_s": round(plain, 3),
        "certificates_inprocess_vs_page": round(in_process / plain, 2),
        "certificates_service_s": round(service_s, 2),
    }


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(bench_certificates(rounds=3 if "--quick" in sys.argv else 7)))
