"""Who is standing at the desk: big name, organisation, masked NIK and phone, and what to watch for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.nik import mask_nik
from desktop_app.core.phone import format_local, try_normalize_phone
from desktop_app.core.timezones import DEFAULT_ZONE, local_clock
from desktop_app.services.checkin.types import PersonCard
from desktop_app.services.registry.types import WalkInDraft
from desktop_app.ui.checkin import checkin_style as style
from desktop_app.ui.checkin.checkin_messages import CheckinMessages
from desktop_app.ui.checkin.desk_warnings import invitation_elsewhere

_BADGE = "QLabel#kindBadge {{ color: {fg}; background: {bg}; border-radius: 9px; padding: 2px 10px; font-weight: 600; }}"


class PersonCardView(QFrame):
    """Shows a `PersonCard`, a walk-in about to be registered, or what to do when nobody is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskCard")
        self.card: PersonCard | None = None
        self.draft: WalkInDraft | None = None

        self.title_label = QLabel(self.tr("PARTICIPANT"))
        self.title_label.setObjectName("panelTitle")
        self.placeholder_label = QLabel()
        self.placeholder_label.setObjectName("cardPlaceholder")
        self.placeholder_label.setWordWrap(True)
        self.name_label = QLabel()
        self.name_label.setObjectName("cardName")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.org_label = QLabel()
        self.org_label.setObjectName("cardOrg")
        self.org_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("cardDetail")
        self.detail_label.setWordWrap(True)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("cardDetail")
        self.facts_label.setWordWrap(True)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("kindBadge")
        self.warning_label = QLabel()
        self.warning_label.setObjectName("cardWarning")
        self.warning_label.setWordWrap(True)
        self.here_label = QLabel()
        self.here_label.setObjectName("cardHere")
        self.here_label.setWordWrap(True)

        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.kind_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 14)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.placeholder_label)
        layout.addWidget(self.name_label)
        layout.addWidget(self.org_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.facts_label)
        layout.addSpacing(4)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.here_label)
        layout.addStretch(1)
        self.clear()

    def clear(self, hint: str | None = None) -> None:
        """Nobody chosen: say how to find the next person."""
        self.card = None
        self.draft = None
        self.placeholder_label.setText(
            hint
            or self.tr(
                "Scan the invitation's QR code, or type a name, NIK or phone number in the search box. "
                "Someone not on the list? Press Ctrl+N to register a walk-in."
            )
        )
        self.placeholder_label.show()
        for label in (self.name_label, self.org_label, self.detail_label, self.facts_label, self.kind_label):
            label.hide()
        self.warning_label.hide()
        self.here_label.hide()

    def show_card(self, card: PersonCard, zone: str = DEFAULT_ZONE) -> None:
        """Show one person of the registry as this session sees them."""
        self.card = card
        self.draft = None
        self._show_identity(
            card.name, card.organization, card.organization_kind, card.nik_masked, card.phone_display
        )
        kecamatan = self.tr("Kec. {name}").format(name=card.kecamatan) if card.kecamatan else ""
        facts = [CheckinMessages.sex(card.sex), kecamatan]
        if card.invitation_code:
            facts.append(self.tr("Invitation {code}").format(code=card.invitation_code))
        if card.screenings_today and card.checked_in_at is None:
            facts.append(self.tr("measured {n}× before").format(n=card.screenings_today))
        self.facts_label.setText("   ·   ".join(f for f in facts if f))
        self.facts_label.setVisible(bool(self.facts_label.text()))
        elsewhere = card.invited_elsewhere
        if card.invited:
            self._badge(self.tr("Invited"), style.GREEN, style.GREEN_BG)
        elif elsewhere is not None:
            self._badge(
                self.tr("Invited to batch {n}").format(n=elsewhere.batch), style.AMBER, style.AMBER_BG
            )
        else:
            self._badge(self.tr("Walk-in · not invited"), style.AMBER, style.AMBER_BG)
        notices = [invitation_elsewhere(elsewhere)] if elsewhere is not None else []
        if card.other_batches:
            notices.append(CheckinMessages.other_batches(card.other_batches))
        self.warning_label.setText("\n".join("⚠ " + n for n in notices))
        self.warning_label.setVisible(bool(notices))
        here = card.checked_in_at is not None
        self.here_label.setVisible(here)
        if card.checked_in_at is not None:
            clock = local_clock(card.checked_in_at, zone)
            self.here_label.setText("✓ " + CheckinMessages.already_here("", clock, card.checked_in_by))

    def show_draft(self, draft: WalkInDraft, organization: str | None = None) -> None:
        """A walk-in about to be registered: admitting creates them in the registry."""
        self.card = None
        self.draft = draft
        phone = try_normalize_phone(draft.phone) if draft.phone else None
        nik = mask_nik("".join(c for c in draft.nik if c.isdigit())) if draft.nik else ""
        org = organization or draft.organization
        self._show_identity(
            draft.name, org, draft.organization_kind if org else None, nik, format_local(phone)
        )
        self._badge(self.tr("New walk-in"), style.AMBER, style.AMBER_BG)
        self.facts_label.hide()
        self.warning_label.setText(self.tr("Not in the registry yet: admitting registers this person."))
        self.warning_label.show()
        self.here_label.hide()

    def _show_identity(self, name: str, org: str | None, kind: str | None, nik: str, phone: str) -> None:
        self.placeholder_label.hide()
        self.name_label.setText(name)
        org_text = org or self.tr("No organisation")
        if org and kind:
            org_text = f"{org}  ·  {CheckinMessages.org_kind(kind)}"
        self.org_label.setText(org_text)
        parts = [self.tr("NIK {nik}").format(nik=nik) if nik else self.tr("No NIK")]
        parts.append(self.tr("Phone {phone}").format(phone=phone) if phone else self.tr("No phone"))
        self.detail_label.setText("   ·   ".join(parts))
        for label in (self.name_label, self.org_label, self.detail_label, self.kind_label):
            label.show()

    def _badge(self, text: str, fg: str, bg: str) -> None:
        self.kind_label.setText(text)
        self.kind_label.setStyleSheet(_BADGE.format(fg=fg, bg=bg))

    def text(self) -> str:
        """Everything the card says, as plain text (tests, accessibility)."""
        labels = (
            self.placeholder_label,
            self.name_label,
            self.org_label,
            self.detail_label,
            self.facts_label,
            self.kind_label,
            self.warning_label,
            self.here_label,
        )
        return "\n".join(label.text() for label in labels if not label.isHidden())
