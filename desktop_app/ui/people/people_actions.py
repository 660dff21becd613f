"""What the *Peserta* page's buttons open: edit, merge, remove, import, invitation cards.

Dialogs open window-modal with `open()`, never `exec()`, so the page keeps running and tests
fill in `active` exactly as a user would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog

from desktop_app.core.errors import HadirError
from desktop_app.core.nik import mask_nik
from desktop_app.exports.invitations.pdf import InvitationLabels
from desktop_app.services.container import Services
from desktop_app.services.registry.types import OrganizationRow, PersonRecord
from desktop_app.ui import dialogs_io
from desktop_app.ui.i18n import current_language
from desktop_app.ui.job_runner import JobRunner
from desktop_app.ui.people import people_io
from desktop_app.ui.people.delete_dialog import DeleteDialog
from desktop_app.ui.people.import_dialog import ImportDialog
from desktop_app.ui.people.invitations_dialog import InvitationsDialog
from desktop_app.ui.people.membership_dialog import MembershipDialog
from desktop_app.ui.people.merge_dialog import MergeDialog, MergeSide
from desktop_app.ui.people.organization_dialog import OrganizationDialog
from desktop_app.ui.people.people_labels import PeopleLabels
from desktop_app.ui.people.person_dialog import PersonDialog
from desktop_app.ui.people.registry_tab import RegistryTab
from desktop_app.ui.worker import Progress, WorkerPool


class PeopleHost(Protocol):
    """What the actions need of the page they serve (the *Peserta* page is one).

    The page owns the actions, so the actions name this protocol, not the page: no import circle.
    """

    pool: WorkerPool
    operator_id: int | None

    def current_tab(self) -> RegistryTab: ...

    def on_people_tab(self) -> bool: ...

    def kecamatans(self) -> list[str]: ...


class PeopleActions(QObject):
    """Opens one dialog at a time over the page and carries out what it decided.

    Signals:
        changed(): the registry changed; the page reads its lists again.
        notice(str): a sentence about what was done.
    """

    changed = Signal()
    notice = Signal(str)

    def __init__(self, services: Services, page: PeopleHost) -> None:
        super().__init__(page)  # type: ignore[arg-type]  # the page is the widget it serves
        self._services = services
        self._page = page
        self.active: QDialog | None = None
        self.runner = JobRunner(page.pool, page, self.tr("Invitation cards"))
        self.runner.finished.connect(self._on_invitations_written)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(lambda: self.notice.emit(self.tr("Cancelled; no file was written.")))
        self.folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> None:
        self.active = dialog

        def done(result: int) -> None:
            self.active = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                on_accepted()

        dialog.finished.connect(done)
        dialog.open()

    def _fail(self, exc: HadirError) -> None:
        dialogs_io.show_error(self._page, self.tr("Not possible"), PeopleLabels.error(exc))

    def _selected(self) -> list[int]:
        return self._page.current_tab().selected_ids()

    # -- edit ----------------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        """Open the edit dialog for the one selected person or organisation."""
        ids = self._selected()
        if len(ids) != 1 or self.active is not None:
            return
        registry = self._services.registry
        try:
            if self._page.on_people_tab():
                record = registry.get_person(ids[0])
                kecamatans = self._page.kecamatans()
                dialog: QDialog = PersonDialog(
                    registry, self._services.people, record, kecamatans, self._page.operator_id, self._page
                )
            else:
                org = registry.get_organization(ids[0])
                dialog = OrganizationDialog(
                    registry, org, self._page.kecamatans(), self._page.operator_id, self._page
                )
        except HadirError as exc:
            self._fail(exc)
            return

        def saved() -> None:
            name = dialog.saved.name if dialog.saved else ""  # type: ignore[attr-defined]
            self.notice.emit(self.tr("Saved {name}.").format(name=name))
            self.changed.emit()

        self._open(dialog, saved)

    # -- merge ---------------------------------------------------------------------------------------

    def merge_selected(self) -> None:
        """Compare the two selected records and merge them into the one the user keeps."""
        ids = self._selected()
        if len(ids) != 2 or self.active is not None:
            return
        registry = self._services.registry
        try:
            if self._page.on_people_tab():
                a, b = (registry.get_person(i) for i in ids)
                dialog = self._person_merge_dialog(a, b)
                merge = registry.merge_people
            else:
                a, b = (registry.get_organization(i) for i in ids)  # type: ignore[assignment]
                dialog = self._organization_merge_dialog(a, b)  # type: ignore[arg-type]
                merge = registry.merge_organizations
        except HadirError as exc:
            self._fail(exc)
            return

        def accepted() -> None:
            keep, drop = dialog.keep_id(), dialog.drop_id()
            try:
                merge(keep, drop, self._page.operator_id)
            except HadirError as exc:
                self._fail(exc)
                return
            kept = a if a.id == keep else b
            self.notice.emit(self.tr("Merged into {name}.").format(name=kept.name))
            self.changed.emit()
            self._page.current_tab().select_ids([keep])

        self._open(dialog, accepted)

    def _person_merge_dialog(self, a: PersonRecord, b: PersonRecord) -> MergeDialog:
        def side(p: PersonRecord) -> MergeSide:
            lines = (
                (self.tr("NIK"), mask_nik(p.nik)),
                (self.tr("Phone"), p.phone),
                (self.tr("Business / cooperative"), p.organization or ""),
                (self.tr("Position"), p.position or ""),
                (self.tr("Desa, kecamatan"), ", ".join(x for x in (p.desa, p.kecamatan) if x)),
                (self.tr("Batches invited"), str(sum(s.invited for s in p.sessions))),
                (self.tr("Batches attended"), str(p.attended)),
                (self.tr("Certificates"), str(p.certificates)),
            )
            return MergeSide(p.id, p.name, lines)

        first, second = sorted((a, b), key=lambda p: (p.nik is None, -p.attended, p.id))
        warning = ""
        if a.nik and b.nik and a.nik != b.nik:
            warning = self.tr(
                "The two records have different NIKs. Merge only if they are the same person: the kept "
                "record's NIK stays and the other one is removed."
            )
        return MergeDialog(
            self.tr("Merge two records of the same person?"),
            self.tr(
                "The other record's invitations, check-ins, screenings and certificates move to the one you "
                "keep, and its details fill the kept record's empty fields. Where both attended the same "
                "batch, the earlier check-in stays. Then the other record is removed; the audit log keeps it."
            ),
            [side(first), side(second)],
            warning,
            self._page,
        )

    def _organization_merge_dialog(self, a: OrganizationRow, b: OrganizationRow) -> MergeDialog:
        def side(o: OrganizationRow) -> MergeSide:
            lines = (
                (self.tr("Type"), PeopleLabels.kind(o.kind)),
                (self.tr("Desa, kecamatan"), ", ".join(x for x in (o.desa, o.kecamatan) if x)),
                (self.tr("Address"), o.address or ""),
                (self.tr("Workers"), "" if o.workers is None else str(o.workers)),
                (self.tr("NIB"), o.nib or ""),
                (self.tr("People"), str(o.people)),
            )
            return MergeSide(o.id, o.name, lines)

        first, second = sorted((a, b), key=lambda o: (-o.people, o.id))
        return MergeDialog(
            self.tr("Merge two spellings of one business or cooperative?"),
            self.tr(
                "The people of the other one move to the one you keep, and its details fill the kept one's "
                "empty fields. Then the other one is removed; the audit log keeps it."
            ),
            [side(first), side(second)],
            parent=self._page,
        )

    # -- remove --------------------------------------------------------------------------------------

    def delete_selected(self) -> None:
        """Ask why, then remove the one selected record (refused for certificate holders)."""
        ids = self._selected()
        if len(ids) != 1 or self.active is not None:
            return
        registry = self._services.registry
        try:
            if self._page.on_people_tab():
                person = registry.get_person(ids[0])
                name = person.name
                consequences = self.tr(
                    "Their {invited} invitation(s), {attended} check-in(s) and health screenings are removed "
                    "with them. This cannot be undone; the audit log records who removed whom, and why."
                ).format(invited=sum(s.invited for s in person.sessions), attended=person.attended)
                remove = registry.delete_person
            else:
                org = registry.get_organization(ids[0])
                name = org.name
                consequences = self.tr("Nobody in the registry belongs to it any more.")
                remove = registry.delete_organization
        except HadirError as exc:
            self._fail(exc)
            return
        dialog = DeleteDialog(
            self.tr("Remove {name} from the registry?").format(name=name), consequences, self._page
        )

        def accepted() -> None:
            try:
                remove(ids[0], dialog.reason(), self._page.operator_id)
            except HadirError as exc:
                self._fail(exc)
                return
            self.notice.emit(self.tr("{name} was removed.").format(name=name))
            self.changed.emit()

        self._open(dialog, accepted)

    # -- import --------------------------------------------------------------------------------------

    def open_import(self) -> None:
        """The import dialog; the lists are read again once it imported something."""
        if self.active is not None:
            return
        operator_id = self._page.operator_id
        operators = self._services.operators
        operator = operators.get(operator_id) if operator_id is not None else operators.local_admin()
        dialog = ImportDialog(self._services, operator, self._page.pool, self.folder, self._page)
        dialog.imported.connect(lambda _summary: self.changed.emit())
        dialog.imported.connect(
            lambda s: self.notice.emit(
                self.tr("Imported: {imported} new, {merged} merged, {rejected} rejected.").format(
                    imported=s.imported, merged=s.merged, rejected=s.rejected
                )
            )
        )
        dialog.finished.connect(lambda _result: setattr(self, "folder", dialog.folder))
        self._open(dialog, lambda: None)
        dialog.choose_file()

    def open_membership_import(self) -> None:
        """*Data kepesertaan BPJS…*: the branch's membership list (admins; the service checks)."""
        if self.active is not None:
            return
        dialog = MembershipDialog(self._services, self._page.operator_id, self._page.pool, self._page)
        dialog.imported.connect(lambda _summary: self.changed.emit())
        self._open(dialog, lambda: None)
        dialog.choose_file()

    # -- invitation cards ----------------------------------------------------------------------------

    def choose_invitations(self) -> None:
        """Choose the batch, then where to save its invitation cards."""
        if self.active is not None or self.runner.busy:
            return
        dialog = InvitationsDialog(self._services.events, self._page)
        self._open(dialog, lambda: self._save_invitations(dialog.session_id()))

    def _save_invitations(self, session_id: int | None) -> None:
        if session_id is None:
            return
        info = self._services.events.get_session(session_id)
        suggested = str(Path(self.folder) / self.tr("Invitations batch {n}.pdf").format(n=info.batch))
        path = dialogs_io.save_file(
            self._page, self.tr("Save invitation cards"), suggested, self.tr("PDF document (*.pdf)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.folder = str(path.parent)
        self.start_invitations(session_id, path)

    def start_invitations(self, session_id: int, path: Path) -> None:
        """Write the cards of `session_id` to `path` in the background."""
        labels = InvitationLabels(
            heading=self.tr("INVITATION"),
            batch=self.tr("Batch"),
            date=self.tr("Day/Date"),
            time=self.tr("Time"),
            venue=self.tr("Venue"),
            bring=self.tr("Show this code at the registration desk"),
            cut=self.tr("cut here"),
            address=self.tr("Address"),
            contact=self.tr("Contact"),
        )
        paper, lang, operator_id = self._services.paper, current_language(), self._page.operator_id

        def job(progress: Progress) -> tuple[Path, int]:
            done = paper.invitations(
                session_id, path, operator_id=operator_id, labels=labels, lang=lang, progress=progress
            )
            return path, done.rows

        self.runner.start(job, self.tr("Writing {name}…").format(name=path.name))

    def _on_invitations_written(self, result: tuple[Path, int]) -> None:
        path, count = result
        self.notice.emit(self.tr("{n} invitation cards saved in {path}.").format(n=count, path=path))
        question = self.tr("{n} invitation cards are saved in {path}. Open the file now?").format(
            n=count, path=path
        )
        if dialogs_io.ask_yes_no(self._page, self.tr("Invitation cards ready"), question):
            people_io.open_path(path)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, HadirError):
            text = PeopleLabels.error(exc)
        elif isinstance(exc, OSError):
            text = self.tr(
                "The file could not be written (is it open in another program?). Choose another name."
            )
        else:
            text = self.tr("The invitation cards could not be made.")
        dialogs_io.show_error(self._page, self.tr("Invitation cards not saved"), text, str(exc))
