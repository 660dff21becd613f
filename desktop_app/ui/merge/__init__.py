"""Gabungkan data laptop lain: merging a field laptop's database from Pengaturan (merge_box.MergeBox)."""
