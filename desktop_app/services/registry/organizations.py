"""The organisations side of the registry: listing, editing, merging and removing UMKM and koperasi."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.core.errors import InvalidField, NotFound
from desktop_app.core.names import NAME_MAX, clean_name, limited_text, organization_key
from desktop_app.core.region import District
from desktop_app.services.audit import record
from desktop_app.services.registry._fields import changes, optional_text
from desktop_app.services.registry._merge import members, merge_organization_rows
from desktop_app.services.registry._queries import (
    OrganizationFilter,
    organizations_count,
    organizations_select,
)
from desktop_app.services.registry.types import (
    HasMembers,
    MergeResult,
    OrganizationDraft,
    OrganizationRow,
    OrganizationSort,
)
from desktop_app.services.roles import require_admin
from desktop_app.storage.database import Database
from desktop_app.storage.models import ORG_KINDS, Organization


class OrganizationRegistry:
    """Organisations as the *Peserta* page's second tab shows them (a part of RegistryService)."""

    _db: Database
    _district: District

    def list_organizations(
        self,
        query: str = "",
        kind: str | None = None,
        kecamatan: str | None = None,
        limit: int = 200,
        offset: int = 0,
        sort: OrganizationSort = OrganizationSort.NAME,
        descending: bool = False,
    ) -> list[OrganizationRow]:
        """Organisations whose name holds every word of `query`, with their people and attendance."""
        f = OrganizationFilter(query, kind, kecamatan)
        with self._db.session() as s:
            rows = s.execute(
                organizations_select(f, OrganizationSort(sort), descending).limit(limit).offset(offset)
            ).all()
            return [_organization_row(o, people, attended) for o, people, attended in rows]

    def count_organizations(
        self, query: str = "", kind: str | None = None, kecamatan: str | None = None
    ) -> int:
        """How many organisations `list_organizations` would list without a limit."""
        with self._db.session() as s:
            return s.scalar(organizations_count(OrganizationFilter(query, kind, kecamatan))) or 0

    def get_organization(self, organization_id: int) -> OrganizationRow:
        """One organisation, or NotFound."""
        with self._db.session() as s:
            row = s.execute(
                organizations_select(OrganizationFilter(), OrganizationSort.NAME, False).where(
                    Organization.id == organization_id
                )
            ).first()
            if row is None:
                raise NotFound("organization", organization_id)
            return _organization_row(*row)

    def update_organization(
        self, organization_id: int, draft: OrganizationDraft, operator_id: int | None
    ) -> OrganizationRow:
        """Validate and save an organisation; another one with the same name -> InvalidField("name", "taken")."""
        name = limited_text("name", draft.name, NAME_MAX, required=True)
        if draft.kind not in ORG_KINDS:
            raise InvalidField("kind", "unknown", draft.kind)
        if draft.workers is not None and draft.workers < 0:
            raise InvalidField("workers", "out_of_range", ">= 0")
        nib = "".join((draft.nib or "").split()) or None
        if nib is not None and (not nib.isdigit() or len(nib) > 20):
            raise InvalidField("nib", "not_digits")
        with self._db.transaction() as s:
            org = s.get(Organization, organization_id)
            if org is None:
                raise NotFound("organization", organization_id)
            key = organization_key(name)
            if s.scalar(
                select(Organization.id).where(Organization.name_key == key, Organization.id != org.id)
            ):
                raise InvalidField("name", "taken")
            kecamatan_text = optional_text(draft.kecamatan)
            after = {
                "name": name,
                "name_key": key,
                "kind": draft.kind,
                "kecamatan": (self._district.find_kecamatan(kecamatan_text) or kecamatan_text)
                if kecamatan_text
                else None,
                "desa": optional_text(draft.desa),
                "address": optional_text(draft.address),
                "workers": draft.workers,
                "nib": nib,
            }
            changed = changes({k: getattr(org, k) for k in after}, after)
            changed.pop("name_key", None)
            for k, v in after.items():
                setattr(org, k, v)
            s.flush()
            record(s, "update", "organization", organization_id, operator_id, changed=changed)
        return self.get_organization(organization_id)

    def merge_organizations(self, keep_id: int, drop_id: int, operator_id: int | None) -> MergeResult:
        """Make two spellings of one organisation one: people move to `keep_id`, blanks are filled."""
        with self._db.transaction() as s:
            done = merge_organization_rows(s, keep_id, drop_id)
            record(
                s,
                "merge",
                "organization",
                keep_id,
                operator_id,
                dropped_id=drop_id,
                dropped_name=done["dropped_name"],
                filled=list(done["filled"]),  # type: ignore[call-overload]
                people=done["people"],
            )
        return MergeResult(keep_id, drop_id, done["filled"], {"person": done["people"]})  # type: ignore[arg-type, dict-item]

    def delete_organization(self, organization_id: int, reason: str, operator_id: int | None) -> None:
        """Remove an organisation nobody belongs to (else HasMembers: merge it instead; admins only)."""
        require_admin(self._db, operator_id, "delete organisations")
        reason = clean_name(reason)
        if not reason:
            raise InvalidField("reason", "required")
        with self._db.transaction() as s:
            org = s.get(Organization, organization_id)
            if org is None:
                raise NotFound("organization", organization_id)
            count = members(s, organization_id)
            if count:
                raise HasMembers(org.name, count)
            name = org.name
            s.delete(org)
            s.flush()
            record(s, "delete", "organization", organization_id, operator_id, name=name, reason=reason)


def _organization_row(o: Organization, people: int | None, attended: int | None) -> OrganizationRow:
    return OrganizationRow(
        o.id, o.name, o.kind, o.kecamatan, o.desa, o.address, o.workers, o.nib, people or 0, attended or 0
    )
