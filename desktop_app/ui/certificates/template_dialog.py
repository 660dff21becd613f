"""The certificate template editor: the fields on the left, page 1 as it will print on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.certificate_template import CertificateTemplate
from desktop_app.core.errors import HadirError, InvalidField
from desktop_app.services.certificates.service import CertificateService
from desktop_app.ui.certificates.preview_widget import CertificatePreviewWidget
from desktop_app.ui.certificates.template_form import TemplateForm
from desktop_app.ui.error_messages import error_text

PREVIEW_DELAY_MS = 250  # typing does not redraw the page at every keystroke


class TemplateDialog(QDialog):
    """Edit and save the template; the preview follows every change."""

    def __init__(
        self, certificates: CertificateService, operator_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._certificates = certificates
        self._operator_id = operator_id
        self.saved: CertificateTemplate | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._build_ui()
        self._connect_signals()
        self.form.set_template(certificates.template())
        self.refresh_preview()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Certificate template"))
        self.resize(1280, 780)
        self.form = TemplateForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(540)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = CertificatePreviewWidget()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        hint = QLabel(self.tr("Page 1 as it will print, with a sample participant."))
        hint.setObjectName("muted")
        right = QVBoxLayout()
        right.addWidget(hint)
        right.addWidget(self.preview, 1)
        right.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addWidget(scroll, 0)
        row.addLayout(right, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.form.changed.connect(self._timer.start)
        self._timer.timeout.connect(self.refresh_preview)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)

    def refresh_preview(self) -> None:
        """Redraw page 1 from the fields, or say what keeps it from being drawn."""
        self._timer.stop()
        try:
            self.preview.set_preview(self._certificates.preview(self.form.template()))
        except InvalidField as exc:
            self.error_label.setText(template_error_text(exc))
            return
        self.error_label.clear()

    def _on_save(self) -> None:
        try:
            self.saved = self._certificates.save_template(self.form.template(), self._operator_id)
        except InvalidField as exc:
            self.error_label.setText(template_error_text(exc))
            return
        except HadirError as exc:  # e.g. NotAllowed: only an admin may change the template
            self.error_label.setText(error_text(exc))
            return
        self.accept()


def template_error_text(exc: InvalidField) -> str:
    """One sentence for a template problem, in the window's language."""
    fields = {
        "title": QCoreApplication.translate("TemplateDialog", "Title"),
        "preamble": QCoreApplication.translate("TemplateDialog", "Above the name"),
        "body": QCoreApplication.translate("TemplateDialog", "Body"),
        "number_pattern": QCoreApplication.translate("TemplateDialog", "Number pattern"),
        "place": QCoreApplication.translate("TemplateDialog", "Place of signing"),
        "signatory_name": QCoreApplication.translate("TemplateDialog", "Signatory's name"),
        "signatory_title": QCoreApplication.translate("TemplateDialog", "Signatory's position"),
        "signatory_rank": QCoreApplication.translate("TemplateDialog", "Signatory's rank"),
        "nip": QCoreApplication.translate("TemplateDialog", "NIP"),
        "logos": QCoreApplication.translate("TemplateDialog", "Logos"),
        "background": QCoreApplication.translate("TemplateDialog", "Background"),
        "signature": QCoreApplication.translate("TemplateDialog", "Signature"),
        "primary_color": QCoreApplication.translate("TemplateDialog", "Main colour"),
        "accent_color": QCoreApplication.translate("TemplateDialog", "Accent colour"),
        "text_color": QCoreApplication.translate("TemplateDialog", "Text colour"),
        "paper": QCoreApplication.translate("TemplateDialog", "Paper"),
        "signatories": QCoreApplication.translate("TemplateDialog", "Signatories"),
    }
    problems = {
        "required": QCoreApplication.translate("TemplateDialog", "“{field}” must be filled in."),
        "too_long": QCoreApplication.translate(
            "TemplateDialog", "“{field}” is too long (at most {detail} characters)."
        ),
        "unknown_field": QCoreApplication.translate(
            "TemplateDialog", "“{field}” uses {{{detail}}}, which is not a field Hadir knows."
        ),
        "missing_field": QCoreApplication.translate(
            "TemplateDialog", "“{field}” must contain {{{detail}}}, so that numbers never repeat."
        ),
        "bad_format": QCoreApplication.translate(
            "TemplateDialog", "“{field}” has a brace or format Hadir cannot read ({detail})."
        ),
        "unprintable": QCoreApplication.translate(
            "TemplateDialog", "“{field}” contains a line break or tab."
        ),
        "not_an_image": QCoreApplication.translate(
            "TemplateDialog", "“{field}” must be a PNG or JPEG image."
        ),
        "too_large": QCoreApplication.translate(
            "TemplateDialog", "“{field}” is too large (at most {detail})."
        ),
        "length": QCoreApplication.translate("TemplateDialog", "The NIP has 18 digits."),
        "bad_colour": QCoreApplication.translate("TemplateDialog", "“{field}” is not a colour."),
        "count": QCoreApplication.translate("TemplateDialog", "“{field}”: {detail} allowed."),
    }
    text = problems.get(
        exc.problem, QCoreApplication.translate("TemplateDialog", "“{field}” is not valid ({detail}).")
    )
    return text.format(field=fields.get(exc.field, exc.field), detail=exc.detail)
