"""The fields of the certificate template: texts, numbering, signatories, images, colours, paper."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.certificate_template import (
    BODY_FIELDS,
    MAX_LOGOS,
    PAPERS,
    CertificateTemplate,
    Signatory,
)
from desktop_app.ui import dialogs_io

IMAGE_FILTER = "PNG / JPEG (*.png *.jpg *.jpeg)"


def read_image(parent: QWidget, title: str) -> bytes | None:
    """Ask for a PNG or JPEG and return its bytes (None if cancelled or unreadable)."""
    path = dialogs_io.open_file(parent, title, "", IMAGE_FILTER)
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError as exc:
        dialogs_io.show_error(parent, title, str(exc))
        return None


class ImagePicker(QWidget):
    """Choose or remove one image; shows whether one is set."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.data: bytes | None = None
        self.state_label = QLabel()
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state_label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        self.choose_button.clicked.connect(self._on_choose)
        self.remove_button.clicked.connect(lambda: self.set_data(None, notify=True))
        self.set_data(None)

    def set_data(self, data: bytes | None, notify: bool = False) -> None:
        """Show this image (None: none)."""
        self.data = data
        self.state_label.setText(
            self.tr("Image set ({size} KB)").format(size=max(1, len(data) // 1024))
            if data
            else self.tr("None")
        )
        self.remove_button.setEnabled(data is not None)
        if notify:
            self.changed.emit()

    def _on_choose(self) -> None:
        data = read_image(self, self._title)
        if data is not None:
            self.set_data(data, notify=True)


class ColourButton(QPushButton):
    """A swatch that opens the colour chooser."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = "#000000"
        self.clicked.connect(self._on_clicked)

    def set_colour(self, colour: str) -> None:
        """Show `#RRGGBB`."""
        self.colour = colour.upper()
        self.setText(self.colour)
        self.setStyleSheet(
            f"background: {self.colour}; color: {'white' if QColor(colour).lightness() < 140 else 'black'};"
        )

    def _on_clicked(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self)
        if chosen.isValid():
            self.set_colour(chosen.name())
            self.changed.emit()


class SignatoryBox(QGroupBox):
    """Name, position, rank, NIP and signature image of one signatory."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.name_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Head of the Trade, Cooperatives and SME Office"))
        self.rank_edit = QLineEdit()
        self.rank_edit.setPlaceholderText(self.tr("e.g. Pembina Utama Muda"))
        self.nip_edit = QLineEdit()
        self.nip_edit.setPlaceholderText("19660420 199203 1 008")
        self.signature = ImagePicker(self.tr("Signature image"))
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Position"), self.title_edit)
        form.addRow(self.tr("Rank"), self.rank_edit)
        form.addRow(self.tr("NIP"), self.nip_edit)
        form.addRow(self.tr("Signature"), self.signature)
        for edit in (self.name_edit, self.title_edit, self.rank_edit, self.nip_edit):
            edit.textChanged.connect(self.changed)
        self.signature.changed.connect(self.changed)

    def set_signatory(self, signatory: Signatory) -> None:
        """Fill the fields."""
        self.name_edit.setText(signatory.name)
        self.title_edit.setText(signatory.title)
        self.rank_edit.setText(signatory.rank)
        self.nip_edit.setText(signatory.nip)
        self.signature.set_data(signatory.signature)

    def signatory(self) -> Signatory:
        """What is typed."""
        return Signatory(
            self.name_edit.text(),
            self.title_edit.text(),
            self.rank_edit.text(),
            self.nip_edit.text(),
            self.signature.data,
        )


class TemplateForm(QWidget):
    """Every field of the template; `changed` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = CertificateTemplate()
        self.logos: list[bytes] = []
        self._build_ui()

    def _build_ui(self) -> None:
        self.title_edit = QLineEdit()
        self.preamble_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setFixedHeight(84)
        fields = ", ".join("{" + name + "}" for name in BODY_FIELDS)
        body_hint = QLabel(self.tr("Fields: {fields}").format(fields=fields))
        body_hint.setObjectName("muted")
        body_hint.setWordWrap(True)
        self.pattern_edit = QLineEdit()
        pattern_hint = QLabel(self.tr("Fields: {seq:03}, {year}, {month}, {month_roman}, {day}, {batch}"))
        pattern_hint.setObjectName("muted")
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("the district (e.g. Sukoharjo)"))
        self.paper_combo = QComboBox()
        for paper in PAPERS:
            self.paper_combo.addItem(self.tr("{paper} landscape").format(paper=paper), paper)
        texts = QGroupBox(self.tr("Texts"))
        form = QFormLayout(texts)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Above the name"), self.preamble_edit)
        form.addRow(self.tr("Body"), self.body_edit)
        form.addRow("", body_hint)
        form.addRow(self.tr("Number pattern"), self.pattern_edit)
        form.addRow("", pattern_hint)
        form.addRow(self.tr("Place of signing"), self.place_edit)
        form.addRow(self.tr("Paper"), self.paper_combo)

        self.first_signatory = SignatoryBox(self.tr("Signatory"))
        self.second_check = QCheckBox(self.tr("A second signatory"))
        self.second_signatory = SignatoryBox(self.tr("Second signatory"))

        looks = QGroupBox(self.tr("Logos, background and colours"))
        looks_form = QFormLayout(looks)
        self.logos_label = QLabel()
        self.add_logo_button = QPushButton(self.tr("Add logo…"))
        self.clear_logos_button = QPushButton(self.tr("Remove logos"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logos_label, 1)
        logo_row.addWidget(self.add_logo_button)
        logo_row.addWidget(self.clear_logos_button)
        self.background = ImagePicker(self.tr("Background image"))
        self.primary_button, self.accent_button, self.text_button = (
            ColourButton(),
            ColourButton(),
            ColourButton(),
        )
        looks_form.addRow(self.tr("Logos"), logo_row)
        looks_form.addRow(self.tr("Background"), self.background)
        looks_form.addRow(self.tr("Main colour"), self.primary_button)
        looks_form.addRow(self.tr("Accent colour"), self.accent_button)
        looks_form.addRow(self.tr("Text colour"), self.text_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (texts, self.first_signatory, self.second_check, self.second_signatory, looks):
            layout.addWidget(widget)
        layout.addStretch(1)

        for edit in (self.title_edit, self.preamble_edit, self.pattern_edit, self.place_edit):
            edit.textChanged.connect(self.changed)
        self.body_edit.textChanged.connect(self.changed)
        self.paper_combo.currentIndexChanged.connect(self.changed)
        for box in (self.first_signatory, self.second_signatory):
            box.changed.connect(self.changed)
        self.second_check.toggled.connect(self.second_signatory.setVisible)
        self.second_check.toggled.connect(self.changed)
        self.background.changed.connect(self.changed)
        for button in (self.primary_button, self.accent_button, self.text_button):
            button.changed.connect(self.changed)
        self.add_logo_button.clicked.connect(self._on_add_logo)
        self.clear_logos_button.clicked.connect(self._on_clear_logos)

    def _show_logos(self) -> None:
        self.logos_label.setText(self.tr("{count} of {most}").format(count=len(self.logos), most=MAX_LOGOS))
        self.add_logo_button.setEnabled(len(self.logos) < MAX_LOGOS)
        self.clear_logos_button.setEnabled(bool(self.logos))

    def _on_add_logo(self) -> None:
        data = read_image(self, self.tr("Logo"))
        if data is not None:
            self.logos.append(data)
            self._show_logos()
            self.changed.emit()

    def _on_clear_logos(self) -> None:
        self.logos.clear()
        self._show_logos()
        self.changed.emit()

    def set_template(self, template: CertificateTemplate) -> None:
        """Fill every field from `template`."""
        self._base = template
        self.blockSignals(True)
        self.title_edit.setText(template.title)
        self.preamble_edit.setText(template.preamble)
        self.body_edit.setPlainText(template.body)
        self.pattern_edit.setText(template.number_pattern)
        self.place_edit.setText(template.place)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(template.paper)))
        self.first_signatory.set_signatory(template.signatories[0])
        two = len(template.signatories) > 1
        self.second_check.setChecked(two)
        self.second_signatory.setVisible(two)
        self.second_signatory.set_signatory(template.signatories[1] if two else Signatory())
        self.logos = list(template.logos)
        self._show_logos()
        self.background.set_data(template.background)
        self.primary_button.set_colour(template.primary_color)
        self.accent_button.set_colour(template.accent_color)
        self.text_button.set_colour(template.text_color)
        self.blockSignals(False)

    def template(self) -> CertificateTemplate:
        """The template as the fields say (not yet checked)."""
        signatories = [self.first_signatory.signatory()]
        if self.second_check.isChecked():
            signatories.append(self.second_signatory.signatory())
        return replace(
            self._base,
            title=self.title_edit.text(),
            preamble=self.preamble_edit.text(),
            body=self.body_edit.toPlainText(),
            number_pattern=self.pattern_edit.text(),
            place=self.place_edit.text(),
            paper=str(self.paper_combo.currentData()),
            signatories=tuple(signatories),
            logos=tuple(self.logos),
            background=self.background.data,
            primary_color=self.primary_button.colour,
            accent_color=self.accent_button.colour,
            text_color=self.text_button.colour,
        )
