"""BPJS Ketenagakerjaan follow-up: the branch's membership list, conversion figures, follow-up lists.

Entry points: `membership.MembershipImportService` (hadir bpjs import), `conversion.ConversionService`
(hadir bpjs report, the figures on Laporan & Ekspor), `followup.FollowupService` (the follow-up
list and the registration sheet), `interest.record_interest` (the desk's key).
"""
