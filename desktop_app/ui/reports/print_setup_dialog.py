"""The kop (letterhead), signatories and paper printed on the attendance documents."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import HadirError, InvalidField
from desktop_app.exports.letterhead import PAPER_MM, Letterhead, Signatory, format_nip, nip_digits
from desktop_app.services.settings import SettingsService
from desktop_app.ui import dialogs_io
from desktop_app.ui.error_messages import error_text
from desktop_app.ui.form_error_label import FormErrorLabel


def _nip_ok(text: str) -> bool:
    return not text.strip() or len(nip_digits(text)) == 18


class _SignatoryBox(QGroupBox):
    """Name, title, rank and NIP of one signatory."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.name, self.title, self.rank, self.nip = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.nip.setPlaceholderText("19660420 199203 1 008")
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Rank"), self.rank)
        form.addRow(self.tr("NIP"), self.nip)

    def fill(self, person: Signatory) -> None:
        self.name.setText(person.name)
        self.title.setText(person.title)
        self.rank.setText(person.rank)
        self.nip.setText(format_nip(person.nip))

    def value(self) -> Signatory:
        return Signatory(self.name.text(), self.title.text(), self.rank.text(), self.nip.text())

    def is_empty(self) -> bool:
        return not any(f.text().strip() for f in (self.name, self.title, self.rank, self.nip))


class PrintSetupDialog(QDialog):
    """Edits the settings; Save stores them (audited) or keeps the dialog open with a sentence."""

    def __init__(
        self, settings: SettingsService, operator_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._operator_id = operator_id
        self.setWindowTitle(self.tr("Letterhead and signatories"))
        self._build_ui()
        self._fill()

    def _build_ui(self) -> None:
        self.government = QLineEdit()
        self.office = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(60)
        self.city = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("(0271) 593068")
        self.phone.setToolTip(self.tr("Certificates tell their readers to call this number to check them"))
        self.logo_left, self.logo_right = QLineEdit(), QLineEdit()
        self.paper = QComboBox()
        for paper in PAPER_MM:
            self.paper.addItem(paper, paper)
        kop = QGroupBox(self.tr("Letterhead (kop)"))
        form = QFormLayout(kop)
        form.addRow(self.tr("Government"), self.government)
        form.addRow(self.tr("Office"), self.office)
        form.addRow(self.tr("Address (one line each)"), self.address)
        form.addRow(self.tr("Town (for the date line)"), self.city)
        form.addRow(self.tr("Office telephone"), self.phone)
        form.addRow(self.tr("Logo left"), self._with_browse(self.logo_left))
        form.addRow(self.tr("Logo right"), self._with_browse(self.logo_right))
        form.addRow(self.tr("Paper"), self.paper)
        self.first = _SignatoryBox(self.tr("Signatory (“Mengetahui”)"))
        self.second = _SignatoryBox(self.tr("Second signatory (optional)"))
        signers = QHBoxLayout()
        signers.addWidget(self.first)
        signers.addWidget(self.second)
        self.error_label = FormErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(kop)
        layout.addLayout(signers)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _with_browse(self, field: QLineEdit) -> QWidget:
        button = QPushButton(self.tr("Choose…"))

        def browse() -> None:
            path = dialogs_io.open_file(
                self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
            )
            if path is not None:
                field.setText(str(path))

        button.clicked.connect(browse)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field, 1)
        line.addWidget(button)
        return row

    def _fill(self) -> None:
        head = self._settings.letterhead()
        self.government.setText(head.government)
        self.office.setText(head.office)
        self.address.setPlainText("\n".join(head.address_lines))
        self.city.setText(head.city)
        self.phone.setText(head.phone)
        self.logo_left.setText(head.logo_left or "")
        self.logo_right.setText(head.logo_right or "")
        self.paper.setCurrentIndex(max(self.paper.findData(self._settings.paper_size()), 0))
        signers = self._settings.signatories()
        self.first.fill(signers[0])
        if len(signers) > 1:
            self.second.fill(signers[1])

    def save(self) -> None:
        """Store everything; on a refusal say what to correct and keep the input."""
        head = Letterhead(
            government=self.government.text().strip(),
            office=self.office.text().strip(),
            address_lines=tuple(x.strip() for x in self.address.toPlainText().splitlines() if x.strip()),
            logo_left=self.logo_left.text().strip() or None,
            logo_right=self.logo_right.text().strip() or None,
            city=self.city.text().strip(),
            phone=self.phone.text().strip(),
        )
        signers = [self.first.value()] + ([] if self.second.is_empty() else [self.second.value()])
        try:
            self._settings.set_letterhead(head, self._operator_id)
            self._settings.set_signatories(signers, self._operator_id)
            self._settings.set_paper_size(self.paper.currentData(), self._operator_id)
        except InvalidField as exc:
            if exc.field == "nip":
                bad = next((b for b in (self.first, self.second) if not _nip_ok(b.nip.text())), self.first)
                self.error_label.show_error(
                    self.tr("The NIP has 18 digits, e.g. 19660420 199203 1 008."), bad.nip
                )
            else:
                self.error_label.show_error(error_text(exc), self.office if exc.field == "office" else None)
            return
        except HadirError as exc:
            self.error_label.show_error(error_text(exc))
            return
        self.accept()
