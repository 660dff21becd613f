<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>ActivityReportDialog</name>
    <message>
        <source>Activity report</source>
        <translation>Laporan kegiatan</translation>
    </message>
    <message>
        <source>What happened: opening, the speakers' points, questions, agreements…</source>
        <translation>Jalannya acara: pembukaan, materi narasumber, tanya jawab, kesepakatan…</translation>
    </message>
    <message>
        <source>Double-click a photo to edit its caption</source>
        <translation>Klik dua kali foto untuk mengubah keterangannya</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Drop photos here too (JPEG or PNG); 2 to 4 are printed on a page.</source>
        <translation>Foto juga bisa diseret ke sini (JPEG atau PNG); 2 sampai 4 foto dicetak per halaman.</translation>
    </message>
    <message>
        <source>Make the report…</source>
        <translation>Buat laporan…</translation>
    </message>
    <message>
        <source>Minutes (notulen)</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Documentation photos</source>
        <translation>Foto dokumentasi</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Foto (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>AdmissionRunner</name>
    <message>
        <source>Check-in of {name} undone. Seats left: {left}</source>
        <translation>Check-in {name} dibatalkan. Sisa kursi: {left}</translation>
    </message>
    <message>
        <source>Admitted with override: {name} ({count})</source>
        <translation>Diterima dengan override: {name} ({count})</translation>
    </message>
    <message>
        <source>Admitted here as walk-in (invited to another batch): {name} ({count})</source>
        <translation>Diterima di sini tanpa undangan (diundang ke angkatan lain): {name} ({count})</translation>
    </message>
    <message>
        <source>Admitted (walk-in): {name} ({count})</source>
        <translation>Diterima (tanpa undangan): {name} ({count})</translation>
    </message>
    <message>
        <source>Admitted: {name} ({count})</source>
        <translation>Diterima: {name} ({count})</translation>
    </message>
    <message>
        <source>Hadir could not record this; nothing was saved. Try again. ({detail})</source>
        <translation>Hadir tidak dapat mencatat ini; tidak ada yang tersimpan. Coba lagi. ({detail})</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>new value</source>
        <translation>nilai baru</translation>
    </message>
    <message>
        <source>audit log entries</source>
        <translation>entri log audit</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>angkatan</translation>
    </message>
    <message>
        <source>old value</source>
        <translation>nilai lama</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>tanggal lahir</translation>
    </message>
    <message>
        <source>BPU interest</source>
        <translation>minat BPU</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>kapasitas</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>PeduliLindungi check</source>
        <translation>cek PeduliLindungi</translation>
    </message>
    <message>
        <source>invitation codes kept</source>
        <translation>kode undangan disimpan</translation>
    </message>
    <message>
        <source>count</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>desa</source>
        <translation>desa</translation>
    </message>
    <message>
        <source>description</source>
        <translation>keterangan</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokumen</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>tidak dipakai</translation>
    </message>
    <message>
        <source>merged record</source>
        <translation>data yang digabung</translation>
    </message>
    <message>
        <source>merged name</source>
        <translation>nama yang digabung</translation>
    </message>
    <message>
        <source>merged NIK</source>
        <translation>NIK yang digabung</translation>
    </message>
    <message>
        <source>one file each</source>
        <translation>satu berkas per orang</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>jam selesai</translation>
    </message>
    <message>
        <source>event</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <source>field</source>
        <translation>isian</translation>
    </message>
    <message>
        <source>file</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>filled in</source>
        <translation>dilengkapi</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>full NIK</source>
        <translation>NIK lengkap</translation>
    </message>
    <message>
        <source>full phone numbers</source>
        <translation>nomor HP lengkap</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nomor</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <source>invited to another batch</source>
        <translation>diundang ke angkatan lain</translation>
    </message>
    <message>
        <source>kecamatan</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>disimpan</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <source>type</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>KPJ number</source>
        <translation>nomor KPJ</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>cocok</translation>
    </message>
    <message>
        <source>highest temperature</source>
        <translation>suhu maksimum</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>digabung</translation>
    </message>
    <message>
        <source>merged records</source>
        <translation>data yang digabung</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>dipindah</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>new records</source>
        <translation>data baru</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>NIKs</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>old</source>
        <translation>lama</translation>
    </message>
    <message>
        <source>business or cooperative</source>
        <translation>lembaga/usaha</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>penyelenggara</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>mitra</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>peserta</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>peserta</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>nomor HP</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>position</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>tujuan</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>certificates removed</source>
        <translation>sertifikat dihapus</translation>
    </message>
    <message>
        <source>invitations removed</source>
        <translation>undangan dihapus</translation>
    </message>
    <message>
        <source>mask required</source>
        <translation>wajib masker</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>baris</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>cakupan</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>kursi</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesi</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>angkatan</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>jam mulai</translation>
    </message>
    <message>
        <source>temperature taken</source>
        <translation>suhu diukur</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona waktu</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>check-ins undone</source>
        <translation>check-in dibatalkan</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>tidak cocok</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>diperbarui</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>tempat</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>tanpa undangan</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>jumlah pekerja</translation>
    </message>
    <message>
        <source>activity report</source>
        <translation>laporan kegiatan</translation>
    </message>
    <message>
        <source>contact tracing</source>
        <translation>pelacakan kontak</translation>
    </message>
    <message>
        <source>invitation cards</source>
        <translation>kartu undangan</translation>
    </message>
    <message>
        <source>sign-in sheet</source>
        <translation>daftar tanda tangan</translation>
    </message>
    <message>
        <source>merging another laptop's data</source>
        <translation>penggabungan data laptop lain</translation>
    </message>
    <message>
        <source>transport money receipt</source>
        <translation>tanda terima uang transport</translation>
    </message>
    <message>
        <source>walk-in at the desk</source>
        <translation>peserta tanpa undangan di meja</translation>
    </message>
    <message>
        <source>sharing with BPJS Ketenagakerjaan</source>
        <translation>berbagi data dengan BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>address</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>All dates</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Pilih tanggal</translation>
    </message>
    <message>
        <source>Search names, details or a NIK…</source>
        <translation>Cari nama, rincian, atau NIK…</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Semua data</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Check-in dibatalkan</translation>
    </message>
    <message>
        <source>Capacity override</source>
        <translation>Melebihi kapasitas</translation>
    </message>
    <message>
        <source>Refused at screening</source>
        <translation>Ditolak saat skrining</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Digabung</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>Health answers cleared</source>
        <translation>Jawaban kesehatan dihapus</translation>
    </message>
    <message>
        <source>Certificates numbered</source>
        <translation>Sertifikat diberi nomor</translation>
    </message>
    <message>
        <source>Certificates made</source>
        <translation>Sertifikat dibuat</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data demo</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PIN salah</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Kunci dibuka</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN diganti</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Diaktifkan kembali</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Dinonaktifkan</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Persetujuan diberikan</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Persetujuan ditarik</translation>
    </message>
    <message>
        <source>Check-in twice</source>
        <translation>Check-in ganda</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Lembaga/Usaha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Skrining</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>BPJS follow-up</source>
        <translation>Tindak lanjut BPJS</translation>
    </message>
    <message>
        <source>BPJS membership data</source>
        <translation>Data kepesertaan BPJS</translation>
    </message>
    <message>
        <source>BPJS registration</source>
        <translation>Pendaftaran BPJS</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Log Audit</translation>
    </message>
    <message>
        <source>Hadir audit log</source>
        <translation>Log audit Hadir</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit Log</source>
        <translation>Log Audit</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Ekspor Excel…</translation>
    </message>
    <message>
        <source>The entries the filters show, as an Excel workbook</source>
        <translation>Catatan yang tampil sesuai filter, sebagai buku kerja Excel</translation>
    </message>
    <message>
        <source>Only an admin may export the audit log.</source>
        <translation>Hanya admin yang boleh mengekspor log audit.</translation>
    </message>
    <message>
        <source>Every check-in, change, export, restore and sign-in, with who did it and when. NIKs and phone numbers are always masked here.</source>
        <translation>Setiap check-in, perubahan, ekspor, pemulihan, dan masuk, beserta siapa yang melakukannya dan kapan. NIK dan nomor HP selalu disamarkan di sini.</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Tidak ada catatan yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Lebih baru</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Lebih lama ›</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} dari {total}</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} s.d. {end}</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Mengekspor ke {path}…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <source>Saved {path} ({rows} entries).</source>
        <translation>Tersimpan: {path} ({rows} catatan).</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Ekspor gagal.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Hadir keeps a copy of the database every day and before every update. Make a copy yourself before you travel, e.g. on a flash drive. Restoring replaces all data by the copy's; the data as it is now is kept as a backup first.</source>
        <translation>Hadir menyimpan salinan basis data setiap hari dan sebelum setiap pembaruan. Buat salinan sendiri sebelum bepergian, misalnya di flashdisk. Memulihkan mengganti semua data dengan isi salinan; data saat ini disimpan dulu sebagai cadangan.</translation>
    </message>
    <message>
        <source>Make a backup…</source>
        <translation>Buat cadangan…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Pulihkan cadangan…</translation>
    </message>
    <message>
        <source>Only an admin may make a backup.</source>
        <translation>Hanya admin yang boleh membuat cadangan.</translation>
    </message>
    <message>
        <source>Only an admin may restore a backup.</source>
        <translation>Hanya admin yang boleh memulihkan cadangan.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Simpan cadangan sebagai</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Menyalin basis data…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <source>The backup is in {path}.</source>
        <translation>Cadangan tersimpan di {path}.</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>Berkas ini tidak bisa dipulihkan</translation>
    </message>
    <message>
        <source>Replace all data by the content of {name}? The data as it is now is kept as a backup first. Everyone signs in again afterwards.</source>
        <translation>Ganti semua data dengan isi {name}? Data saat ini disimpan dulu sebagai cadangan. Setelah itu semua petugas masuk lagi.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>{name} is encrypted. Type the recovery key from its sheet (ABCD-EFGH-…):</source>
        <translation>{name} terenkripsi. Ketik kunci pemulihan dari lembarnya (ABCD-EFGH-…):</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 52 letters and digits in groups of four.</source>
        <translation>Itu bukan kunci pemulihan: kunci terdiri dari 52 huruf dan angka dalam kelompok empat.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>The data is restored. Please sign in again.</source>
        <translation>Data sudah dipulihkan. Silakan masuk lagi.</translation>
    </message>
    <message>
        <source>The backup did not work</source>
        <translation>Cadangan gagal</translation>
    </message>
</context>
<context>
    <name>CameraWindow</name>
    <message>
        <source>Hadir – camera</source>
        <translation>Hadir – kamera</translation>
    </message>
    <message>
        <source>Hold the invitation's QR code in the middle of the picture.</source>
        <translation>Pegang kode QR undangan di tengah gambar.</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or scan with a USB scanner or type the code.</source>
        <translation>Tidak ada kamera. Pasang webcam, atau pindai dengan pemindai USB atau ketik kodenya.</translation>
    </message>
    <message>
        <source>Camera: {name}</source>
        <translation>Kamera: {name}</translation>
    </message>
    <message>
        <source>Read: {code}</source>
        <translation>Terbaca: {code}</translation>
    </message>
    <message>
        <source>The camera stopped: {detail}</source>
        <translation>Kamera berhenti: {detail}</translation>
    </message>
</context>
<context>
    <name>CapacityFlag</name>
    <message>
        <source>batch {batch}: {admitted} admitted, {capacity} seats</source>
        <translation>angkatan {batch}: {admitted} hadir, {capacity} kursi</translation>
    </message>
    <message>
        <source>Over capacity (two laptops filled the same batch; nothing was dropped): </source>
        <translation>Melebihi kapasitas (dua laptop mengisi angkatan yang sama; tidak ada yang dihapus): </translation>
    </message>
</context>
<context>
    <name>CapacityGauge</name>
    <message>
        <source>SEATS</source>
        <translation>KURSI</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Belum ada sesi dipilih</translation>
    </message>
    <message>
        <source>FULL: no seats left</source>
        <translation>PENUH: tidak ada kursi tersisa</translation>
    </message>
    <message>
        <source>1 seat left</source>
        <translation>Sisa 1 kursi</translation>
    </message>
    <message>
        <source>{n} seats left</source>
        <translation>Sisa {n} kursi</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Template…</source>
        <translation>Templat…</translation>
    </message>
    <message>
        <source>Verify a certificate…</source>
        <translation>Periksa sertifikat…</translation>
    </message>
    <message>
        <source>Also one PDF per participant (to send by e-mail or WhatsApp)</source>
        <translation>Juga satu PDF per peserta (untuk dikirim lewat e-mail atau WhatsApp)</translation>
    </message>
    <message>
        <source>Make certificates…</source>
        <translation>Buat sertifikat…</translation>
    </message>
    <message>
        <source>Who gets a certificate</source>
        <translation>Penerima sertifikat</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>Only people who were checked in (and not undone) get a certificate. Each number is given once and stays the same when the certificates are made again.</source>
        <translation>Hanya peserta yang sudah check-in (dan tidak dibatalkan) yang menerima sertifikat. Setiap nomor diberikan sekali dan tetap sama bila sertifikat dibuat ulang.</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Hasil terakhir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>Only an admin may change the certificate template.</source>
        <translation>Hanya admin yang boleh mengubah templat sertifikat.</translation>
    </message>
    <message>
        <source>All sessions of the event</source>
        <translation>Semua angkatan kegiatan ini</translation>
    </message>
    <message>
        <source>Batch {batch} — {date}, {venue} ({attended} checked in)</source>
        <translation>Angkatan {batch} — {date}, {venue} ({attended} hadir)</translation>
    </message>
    <message>
        <source>Create an event and check people in first.</source>
        <translation>Buat kegiatan dan catat kehadiran peserta terlebih dahulu.</translation>
    </message>
    <message>
        <source>Nobody is checked in yet: there is no certificate to make.</source>
        <translation>Belum ada peserta yang hadir: belum ada sertifikat untuk dibuat.</translation>
    </message>
    <message>
        <source>Certificates to make: {count}</source>
        <translation>Sertifikat yang akan dibuat: {count}</translation>
    </message>
    <message>
        <source>Certificates batch {batch}.pdf</source>
        <translation>Sertifikat angkatan {batch}.pdf</translation>
    </message>
    <message>
        <source>Certificates.pdf</source>
        <translation>Sertifikat.pdf</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Simpan sertifikat</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the certificates…</source>
        <translation>Membuat sertifikat…</translation>
    </message>
    <message>
        <source>Certificates saved: {count}, in {path}.</source>
        <translation>Sertifikat tersimpan: {count}, di {path}.</translation>
    </message>
    <message>
        <source>One file per participant in {folder}.</source>
        <translation>Satu berkas per peserta di {folder}.</translation>
    </message>
    <message>
        <source>Nobody is checked in: there is no certificate to make.</source>
        <translation>Tidak ada peserta yang hadir: tidak ada sertifikat untuk dibuat.</translation>
    </message>
    <message>
        <source>The file could not be written: {detail}</source>
        <translation>Berkas tidak dapat ditulis: {detail}</translation>
    </message>
    <message>
        <source>The certificates could not be made.</source>
        <translation>Sertifikat tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>CheckinLayout</name>
    <message>
        <source>Check-in Desk</source>
        <translation>Meja Check-in</translation>
    </message>
    <message>
        <source>Door display</source>
        <translation>Layar pintu</translation>
    </message>
    <message>
        <source>Open a window for the projector at the door: seats left, or FULL</source>
        <translation>Buka jendela untuk proyektor di pintu: sisa kursi, atau PENUH</translation>
    </message>
    <message>
        <source>Camera  (F2)</source>
        <translation>Kamera  (F2)</translation>
    </message>
    <message>
        <source>Scan invitations with the laptop's webcam</source>
        <translation>Pindai undangan dengan webcam laptop</translation>
    </message>
    <message>
        <source>Walk-in  (Ctrl+N)</source>
        <translation>Tanpa undangan  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Scan an invitation or type a name, NIK, phone…</source>
        <translation>Pindai undangan atau ketik nama, NIK, no. HP…</translation>
    </message>
    <message>
        <source>Search participant</source>
        <translation>Cari peserta</translation>
    </message>
    <message>
        <source>Nobody found. Not on the list? Press Ctrl+N to register a walk-in.</source>
        <translation>Tidak ditemukan. Tidak ada di daftar? Tekan Ctrl+N untuk mendaftarkan peserta tanpa undangan.</translation>
    </message>
    <message>
        <source>Recent check-ins</source>
        <translation>Check-in terakhir</translation>
    </message>
    <message>
        <source>Undo…  (Ctrl+Z)</source>
        <translation>Batalkan…  (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the highlighted check-in, or the latest one</source>
        <translation>Batalkan check-in yang disorot, atau yang terakhir</translation>
    </message>
</context>
<context>
    <name>CheckinMessages</name>
    <message>
        <source>Fever (≥ 37.3 °C) in the last 14 days?</source>
        <translation>Demam (≥ 37,3 °C) dalam 14 hari terakhir?</translation>
    </message>
    <message>
        <source>Cough, runny nose or sore throat?</source>
        <translation>Batuk, pilek atau nyeri tenggorokan?</translation>
    </message>
    <message>
        <source>Shortness of breath?</source>
        <translation>Sesak napas?</translation>
    </message>
    <message>
        <source>Travelled out of town or abroad in the last 14 days?</source>
        <translation>Bepergian ke luar kota/negeri dalam 14 hari terakhir?</translation>
    </message>
    <message>
        <source>Contact with a COVID-19 case in the last 14 days?</source>
        <translation>Kontak dengan kasus COVID-19 dalam 14 hari terakhir?</translation>
    </message>
    <message>
        <source>Currently in self-isolation?</source>
        <translation>Sedang menjalani isolasi mandiri?</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Hijau</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Kuning</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Merah</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Hitam</translation>
    </message>
    <message>
        <source>Temperature {temp} is above the limit of {limit}</source>
        <translation>Suhu {temp} di atas batas {limit}</translation>
    </message>
    <message>
        <source>Temperature above the limit</source>
        <translation>Suhu di atas batas</translation>
    </message>
    <message>
        <source>Not wearing a mask</source>
        <translation>Tidak memakai masker</translation>
    </message>
    <message>
        <source>Answered yes: {question}</source>
        <translation>Menjawab ya: {question}</translation>
    </message>
    <message>
        <source>PeduliLindungi status not checked</source>
        <translation>Status PeduliLindungi belum diperiksa</translation>
    </message>
    <message>
        <source>PeduliLindungi status is {colour}</source>
        <translation>Status PeduliLindungi {colour}</translation>
    </message>
    <message>
        <source>Refused: {name}. {reasons}.</source>
        <translation>Ditolak: {name}. {reasons}.</translation>
    </message>
    <message>
        <source>The session is full: {attended} of {capacity} seats are taken.</source>
        <translation>Sesi penuh: {attended} dari {capacity} kursi sudah terisi.</translation>
    </message>
    <message>
        <source>Already checked in at {time} (operator {operator})</source>
        <translation>Sudah hadir pukul {time} (petugas {operator})</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Sudah hadir pukul {time}</translation>
    </message>
    <message>
        <source>Already attended batch {batches} of this event</source>
        <translation>Sudah mengikuti Angkatan {batches} kegiatan ini</translation>
    </message>
    <message>
        <source>Please enter the NIK.</source>
        <translation>Isi NIK.</translation>
    </message>
    <message>
        <source>A NIK has digits only.</source>
        <translation>NIK hanya berisi angka.</translation>
    </message>
    <message>
        <source>A NIK has exactly 16 digits.</source>
        <translation>NIK terdiri dari tepat 16 digit.</translation>
    </message>
    <message>
        <source>The NIK's first two digits are not an Indonesian province.</source>
        <translation>Dua digit pertama NIK bukan kode provinsi di Indonesia.</translation>
    </message>
    <message>
        <source>The NIK's first four digits are not a known regency.</source>
        <translation>Empat digit pertama NIK bukan kode kabupaten/kota yang dikenal.</translation>
    </message>
    <message>
        <source>The NIK's birth date (digits 7–12) is not a real date.</source>
        <translation>Tanggal lahir pada NIK (digit 7–12) bukan tanggal yang valid.</translation>
    </message>
    <message>
        <source>The NIK's last four digits cannot be 0000.</source>
        <translation>Empat digit terakhir NIK tidak boleh 0000.</translation>
    </message>
    <message>
        <source>This NIK is not valid.</source>
        <translation>NIK ini tidak valid.</translation>
    </message>
    <message>
        <source>Only Indonesian numbers (+62) are accepted.</source>
        <translation>Hanya nomor Indonesia (+62) yang diterima.</translation>
    </message>
    <message>
        <source>An Indonesian mobile number is 08 followed by 8 to 11 digits.</source>
        <translation>Nomor HP Indonesia adalah 08 diikuti 8 sampai 11 digit.</translation>
    </message>
    <message>
        <source>This phone number is not valid, e.g. 0812-3456-7890.</source>
        <translation>Nomor HP ini tidak valid, contoh 0812-3456-7890.</translation>
    </message>
    <message>
        <source>Only an admin may do this.</source>
        <translation>Hanya admin yang boleh melakukan ini.</translation>
    </message>
    <message>
        <source>{name} is not checked in to this session.</source>
        <translation>{name} belum check-in di sesi ini.</translation>
    </message>
    <message>
        <source>Nobody matches this code or number.</source>
        <translation>Tidak ada peserta dengan kode atau nomor ini.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Isi nama peserta.</translation>
    </message>
    <message>
        <source>This NIK is already registered: choose the existing person.</source>
        <translation>NIK ini sudah terdaftar: pilih peserta yang sudah ada.</translation>
    </message>
    <message>
        <source>Please give a reason for the undo.</source>
        <translation>Isi alasan pembatalan.</translation>
    </message>
    <message>
        <source>Please give a reason for the override.</source>
        <translation>Isi alasan override.</translation>
    </message>
    <message>
        <source>Please enter the organisation's name.</source>
        <translation>Isi nama lembaga/usaha.</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>No session to check in to yet: create an event and its batches first.</source>
        <translation>Belum ada sesi untuk check-in: buat kegiatan dan angkatannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Ready. Scan an invitation or type a name, NIK or phone number.</source>
        <translation>Siap. Pindai undangan atau ketik nama, NIK, atau nomor HP.</translation>
    </message>
    <message>
        <source>{name}: type the temperature, then press Enter.</source>
        <translation>{name}: ketik suhu, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Choose a person first: scan the invitation or search.</source>
        <translation>Pilih peserta dulu: pindai undangan atau cari.</translation>
    </message>
    <message>
        <source>Walk-in {name}: type the temperature, then press Enter.</source>
        <translation>Tanpa undangan, {name}: ketik suhu, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Nothing to undo yet.</source>
        <translation>Belum ada check-in yang dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>{count} other desk(s) still use this laptop's server. Closing Hadir stops the server, and they cannot record until it runs again. Close anyway?</source>
        <translation>{count} meja lain masih memakai server laptop ini. Menutup Hadir menghentikan server, dan meja-meja itu tidak bisa mencatat sampai server menyala lagi. Tetap tutup?</translation>
    </message>
    <message>
        <source>Desks are connected</source>
        <translation>Meja masih terhubung</translation>
    </message>
</context>
<context>
    <name>ColumnMappingForm</name>
    <message>
        <source>— not in the file —</source>
        <translation>— tidak ada di berkas —</translation>
    </message>
</context>
<context>
    <name>ConversionBox</name>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Members before the session</source>
        <translation>Sudah peserta sebelum sesi</translation>
    </message>
    <message>
        <source>Registered after</source>
        <translation>Mendaftar sesudahnya</translation>
    </message>
    <message>
        <source>Within {short} / {long} days</source>
        <translation>Dalam {short} / {long} hari</translation>
    </message>
    <message>
        <source>Not registered yet</source>
        <translation>Belum terdaftar</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <source>Follow-up list…</source>
        <translation>Daftar tindak lanjut…</translation>
    </message>
    <message>
        <source>Attendees not registered yet, with phone (full only with consent) and a WhatsApp link</source>
        <translation>Peserta yang belum terdaftar, dengan nomor HP (lengkap hanya bila menyetujui) dan link WhatsApp</translation>
    </message>
    <message>
        <source>BPU registration sheet…</source>
        <translation>Lembar pendaftaran BPU…</translation>
    </message>
    <message>
        <source>Those who consented and are interested, in the columns the branch registers from</source>
        <translation>Peserta yang menyetujui dan tertarik, dalam kolom yang dipakai kantor cabang untuk mendaftarkan</translation>
    </message>
    <message>
        <source>Only an admin may export BPJS follow-up data.</source>
        <translation>Hanya admin yang boleh mengekspor data tindak lanjut BPJS.</translation>
    </message>
    <message>
        <source>Walk-ins: {w} attended, {w_before} members before, {w_after} registered after, {w_not} not yet. Said they were interested (Ctrl+B at the desk): {i} attended, {i_before} members before, {i_after} registered after, {i_not} not yet.</source>
        <translation>Tanpa undangan: {w} hadir, {w_before} sudah peserta sebelumnya, {w_after} mendaftar sesudahnya, {w_not} belum. Menyatakan tertarik (Ctrl+B di meja): {i} hadir, {i_before} sudah peserta sebelumnya, {i_after} mendaftar sesudahnya, {i_not} belum.</translation>
    </message>
    <message>
        <source>Follow-up list</source>
        <translation>Daftar tindak lanjut</translation>
    </message>
    <message>
        <source>BPU registration sheet</source>
        <translation>Lembar pendaftaran BPU</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <source>Saved {path}: {rows} people, {withheld} phone(s) masked for lack of consent.</source>
        <translation>Tersimpan {path}: {rows} orang, {withheld} nomor HP disamarkan karena belum ada persetujuan.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <source>The file is saved:
{path}</source>
        <translation>Berkas tersimpan:
{path}</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Ekspor gagal.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
</context>
<context>
    <name>ConversionChart</name>
    <message>
        <source>BPJS membership of the attendees, per batch</source>
        <translation>Kepesertaan BPJS peserta yang hadir, per angkatan</translation>
    </message>
    <message>
        <source>Members before</source>
        <translation>Sudah peserta sebelumnya</translation>
    </message>
    <message>
        <source>Registered after</source>
        <translation>Mendaftar sesudahnya</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Belum terdaftar</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Hadir met an unexpected problem and stopped this action. Everything saved before is still there. The details are in the log file.</source>
        <translation>Hadir mengalami masalah tak terduga dan menghentikan tindakan ini. Semua yang sudah disimpan sebelumnya tetap tersimpan. Rinciannya ada di berkas log.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Remove from the registry</source>
        <translation>Hapus dari daftar peserta</translation>
    </message>
    <message>
        <source>Entered twice by mistake</source>
        <translation>Tercatat dua kali karena keliru</translation>
    </message>
    <message>
        <source>The person asked to be removed</source>
        <translation>Yang bersangkutan minta datanya dihapus</translation>
    </message>
    <message>
        <source>Test or sample entry</source>
        <translation>Data uji coba atau contoh</translation>
    </message>
    <message>
        <source>Type or choose a reason</source>
        <translation>Ketik atau pilih alasan</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log)</source>
        <translation>&amp;Alasan (disimpan di log audit)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>DeskWarnings</name>
    <message>
        <source>Invitation for Batch {batch}, {day} {time}</source>
        <translation>Undangan untuk Angkatan {batch}, {day} {time}</translation>
    </message>
    <message>
        <source>{name}: {invitation} — not this batch. Admit here only after confirming.</source>
        <translation>{name}: {invitation} — bukan angkatan ini. Terima di sini hanya setelah dikonfirmasi.</translation>
    </message>
    <message>
        <source>This batch is on {date}, not today.</source>
        <translation>Angkatan ini dijadwalkan {date}, bukan hari ini.</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <source>Document settings</source>
        <translation>Pengaturan dokumen</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Laporan kegiatan</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <source>Transport money</source>
        <translation>Uang transport</translation>
    </message>
    <message>
        <source>BPJS follow-up</source>
        <translation>Tindak lanjut BPJS</translation>
    </message>
    <message>
        <source>Only an admin may change these settings; they are shown read-only.</source>
        <translation>Hanya admin yang boleh mengubah pengaturan ini; di sini hanya ditampilkan.</translation>
    </message>
</context>
<context>
    <name>DoorDisplayWindow</name>
    <message>
        <source>Hadir – door display</source>
        <translation>Hadir – layar pintu</translation>
    </message>
    <message>
        <source>SEATS LEFT</source>
        <translation>SISA KURSI</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Batch {n}</source>
        <translation>Angkatan {n}</translation>
    </message>
    <message>
        <source>SEATS LEFT: 0</source>
        <translation>SISA KURSI: 0</translation>
    </message>
    <message>
        <source>FULL</source>
        <translation>PENUH</translation>
    </message>
    <message>
        <source>Please wait for the staff's instructions.</source>
        <translation>Mohon menunggu arahan petugas.</translation>
    </message>
    <message>
        <source>{share} participants present</source>
        <translation>{share} peserta hadir</translation>
    </message>
</context>
<context>
    <name>DuplicateList</name>
    <message>
        <source>&amp;Use this person</source>
        <translation>&amp;Pakai peserta ini</translation>
    </message>
    <message>
        <source>same NIK</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>nomor HP sama</translation>
    </message>
    <message>
        <source>Maybe already registered: {names}</source>
        <translation>Mungkin sudah terdaftar: {names}</translation>
    </message>
</context>
<context>
    <name>ElsewhereDialog</name>
    <message>
        <source>Invited to another batch</source>
        <translation>Diundang ke angkatan lain</translation>
    </message>
    <message>
        <source>{name} is invited to Batch {batch}, not to this one. Admitted here, they take a seat meant for this batch's own invitees. Admit here as a walk-in? Your name goes to the audit log.</source>
        <translation>{name} diundang ke Angkatan {batch}, bukan angkatan ini. Jika diterima di sini, ia memakai kursi untuk undangan angkatan ini. Terima di sini sebagai peserta tanpa undangan? Nama Anda dicatat di log audit.</translation>
    </message>
    <message>
        <source>Admit here as walk-in</source>
        <translation>Terima di sini (tanpa undangan)</translation>
    </message>
    <message>
        <source>Do not admit</source>
        <translation>Jangan terima</translation>
    </message>
</context>
<context>
    <name>EncryptionOfferDialog</name>
    <message>
        <source>Protect the participants' data</source>
        <translation>Lindungi data peserta</translation>
    </message>
    <message>
        <source>Hadir keeps NIKs, phone numbers and health answers. Encrypted, the database and its backups cannot be read by anyone who takes the laptop or a copy of the file. This computer account opens it without a password; you get a recovery key to keep in the office, for opening it on another computer.</source>
        <translation>Hadir menyimpan NIK, nomor HP, dan jawaban kesehatan. Jika dienkripsi, basis data dan cadangannya tidak dapat dibaca oleh siapa pun yang mengambil laptop atau salinan berkasnya. Akun komputer ini membukanya tanpa kata sandi; Anda mendapat kunci pemulihan untuk disimpan di kantor, untuk membukanya di komputer lain.</translation>
    </message>
    <message>
        <source>Encrypt the database (recommended)</source>
        <translation>Enkripsi basis data (disarankan)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The disk refused to read or write {path} (full, removed or damaged). Nothing was changed. Free some space or choose another folder, then try again.</source>
        <translation>Disk menolak membaca atau menulis {path} (penuh, dicabut, atau rusak). Tidak ada yang diubah. Kosongkan ruang disk atau pilih folder lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Waktu mulai</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Waktu selesai</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Maximum temperature</source>
        <translation>Suhu maksimum</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>Please enter the event's title.</source>
        <translation>Isi judul kegiatan.</translation>
    </message>
    <message>
        <source>Please enter the organiser.</source>
        <translation>Isi nama penyelenggara.</translation>
    </message>
    <message>
        <source>Please enter the venue.</source>
        <translation>Isi tempat pelaksanaan.</translation>
    </message>
    <message>
        <source>This session takes temperatures: type the temperature, then press Enter.</source>
        <translation>Sesi ini mengukur suhu: ketik suhunya, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>The session must end after it starts: check the start and end times.</source>
        <translation>Waktu selesai harus sesudah waktu mulai: periksa jam mulai dan jam selesai.</translation>
    </message>
    <message>
        <source>The capacity must be between {range} people.</source>
        <translation>Kapasitas harus antara {range} orang.</translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the {detail} people already checked in.</source>
        <translation>Kapasitas tidak boleh kurang dari {detail} peserta yang sudah check-in.</translation>
    </message>
    <message>
        <source>The temperature limit must be between 35 and 40 °C.</source>
        <translation>Batas suhu harus antara 35 dan 40 °C.</translation>
    </message>
    <message>
        <source>Batch {detail} already exists in this event: choose another number.</source>
        <translation>Angkatan {detail} sudah ada pada kegiatan ini: pilih nomor lain.</translation>
    </message>
    <message>
        <source>The batch number must be 1 or more.</source>
        <translation>Nomor angkatan paling kecil 1.</translation>
    </message>
    <message>
        <source>“{field}” must be filled in.</source>
        <translation>“{field}” wajib diisi.</translation>
    </message>
    <message>
        <source>“{field}” is too long: at most {detail} characters.</source>
        <translation>“{field}” terlalu panjang: paling banyak {detail} karakter.</translation>
    </message>
    <message>
        <source>“{field}” is out of range ({detail}).</source>
        <translation>“{field}” di luar batas ({detail}).</translation>
    </message>
    <message>
        <source>“{field}” is not valid ({problem}).</source>
        <translation>“{field}” tidak valid ({problem}).</translation>
    </message>
    <message>
        <source>Hadir cannot open the database</source>
        <translation>Hadir tidak dapat membuka basis data</translation>
    </message>
    <message>
        <source>The file {path} is damaged or is not a database. Hadir did not change it. Restore a backup or open another file.</source>
        <translation>Berkas {path} rusak atau bukan basis data. Hadir tidak mengubahnya. Pulihkan dari cadangan atau buka berkas lain.</translation>
    </message>
    <message>
        <source>The file {path} was written by a newer version of Hadir. Install the latest version to open it. The file was not changed.</source>
        <translation>Berkas {path} dibuat oleh versi Hadir yang lebih baru. Pasang versi terbaru untuk membukanya. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>The file {path} belongs to another application, not to Hadir. It was not changed.</source>
        <translation>Berkas {path} milik aplikasi lain, bukan milik Hadir. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>The file {path} is in use by another program or another Hadir window. Close it and try again.</source>
        <translation>Berkas {path} sedang dipakai oleh program lain atau jendela Hadir lain. Tutup program tersebut, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file {path} is read-only, so Hadir cannot record anything in it. Check the file's permissions or copy it to a folder you can write to.</source>
        <translation>Berkas {path} hanya-baca, sehingga Hadir tidak dapat mencatat apa pun di dalamnya. Periksa izin berkas atau salin berkas ke folder yang dapat ditulisi.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist and cannot be created.</source>
        <translation>Folder untuk {path} tidak ada dan tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The file {path} holds tables, triggers or views that Hadir did not make, so it could change data behind Hadir's back. It was refused and not changed.</source>
        <translation>Berkas {path} berisi tabel, trigger, atau view yang tidak dibuat oleh Hadir, sehingga bisa mengubah data tanpa sepengetahuan Hadir. Berkas ditolak dan tidak diubah.</translation>
    </message>
    <message>
        <source>The disk is full: {path} cannot be written. Nothing was lost. Free some space or choose another folder, then try again.</source>
        <translation>Disk penuh: {path} tidak dapat ditulis. Tidak ada data yang hilang. Kosongkan sebagian ruang atau pilih folder lain, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file {path} is encrypted and this computer account has no key for it. Open it with the admin's recovery key (Restore a backup). The file was not changed.</source>
        <translation>Berkas {path} terenkripsi dan akun komputer ini tidak memiliki kuncinya. Buka dengan kunci pemulihan milik admin (Pulihkan cadangan). Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>The recovery key does not open {path}. Check it letter by letter (52 letters and digits in groups of four). The file was not changed.</source>
        <translation>Kunci pemulihan tidak dapat membuka {path}. Periksa huruf demi huruf (52 huruf dan angka dalam kelompok empat). Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>The database server cannot be reached, so nothing was recorded. Check the network; Hadir tries again by itself.</source>
        <translation>Server basis data tidak dapat dihubungi, jadi tidak ada yang tercatat. Periksa jaringan; Hadir mencoba lagi dengan sendirinya.</translation>
    </message>
    <message>
        <source>The database server {path} refused the user name or password. Ask the admin for the right ones.</source>
        <translation>Server basis data {path} menolak nama pengguna atau kata sandi. Mintalah yang benar kepada admin.</translation>
    </message>
    <message>
        <source>Only an admin may do this. Ask an admin to sign in, then try again.</source>
        <translation>Hanya admin yang boleh melakukan ini. Minta admin masuk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been changed elsewhere. Refresh the list.</source>
        <translation>Data ini sudah tidak ada; mungkin telah diubah di tempat lain. Muat ulang daftarnya.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Tambah Kegiatan</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ubah Kegiatan</translation>
    </message>
    <message>
        <source>e.g. Socialisation of employment social security for UMKM</source>
        <translation>mis. Sosialisasi Jaminan Sosial Ketenagakerjaan bagi UMKM dan Koperasi</translation>
    </message>
    <message>
        <source>e.g. Disdagkop UKM Kabupaten Sukoharjo</source>
        <translation>mis. Disdagkop UKM Kabupaten Sukoharjo</translation>
    </message>
    <message>
        <source>optional, e.g. BPJS Ketenagakerjaan Cabang Surakarta</source>
        <translation>opsional, mis. BPJS Ketenagakerjaan Cabang Surakarta</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opsional</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Penyelenggara</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Mitra</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Deskripsi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>Attended / capacity</source>
        <translation>Hadir / kapasitas</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events &amp; Sessions</source>
        <translation>Kegiatan &amp; Sesi</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Tambah Kegiatan</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ubah Kegiatan</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Tambah Angkatan</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Ubah Angkatan</translation>
    </message>
    <message>
        <source>This event has no batches yet. Add the first one with “New session”.</source>
        <translation>Kegiatan ini belum memiliki angkatan. Tambahkan yang pertama dengan “Tambah Angkatan”.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Belum ada kegiatan</translation>
    </message>
    <message>
        <source>An event (kegiatan) is a programme such as a socialisation of BPJS Ketenagakerjaan for UMKM and cooperatives; each event runs in batches (angkatan) with their own date, venue and capacity. Start with “New event”.</source>
        <translation>Kegiatan adalah suatu program, misalnya sosialisasi BPJS Ketenagakerjaan bagi UMKM dan koperasi; setiap kegiatan berlangsung dalam beberapa angkatan, masing-masing dengan tanggal, tempat, dan kapasitasnya sendiri. Mulailah dengan “Tambah Kegiatan”.</translation>
    </message>
    <message>
        <source>To explore Hadir with sample data first, run “hadir demo” in a terminal.</source>
        <translation>Untuk mencoba Hadir dengan data contoh lebih dulu, jalankan “hadir demo” di terminal.</translation>
    </message>
    <message>
        <source>Batches of “{title}”</source>
        <translation>Angkatan “{title}”</translation>
    </message>
</context>
<context>
    <name>ExportMessages</name>
    <message>
        <source>Choose a file name ending in .xlsx (Excel) or .pdf.</source>
        <translation>Pilih nama berkas yang berakhiran .xlsx (Excel) atau .pdf.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist. Choose another folder.</source>
        <translation>Folder untuk {path} tidak ada. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Hadir may not write {path}. If the file is open in Excel or another program, close it; otherwise choose another folder.</source>
        <translation>Hadir tidak diizinkan menulis {path}. Jika berkas itu sedang terbuka di Excel atau program lain, tutup dulu; jika tidak, pilih folder lain.</translation>
    </message>
    <message>
        <source>{path} is open in another program. Close it and export again.</source>
        <translation>{path} sedang dibuka program lain. Tutup berkas itu lalu ekspor lagi.</translation>
    </message>
    <message>
        <source>The disk is full, so {path} was not written. Free some space and try again.</source>
        <translation>Disk penuh, sehingga {path} tidak ditulis. Kosongkan ruang disk lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk refused to write {path}. Nothing was changed. Try another folder.</source>
        <translation>Disk menolak menulis {path}. Tidak ada yang diubah. Coba folder lain.</translation>
    </message>
    <message>
        <source>The export stopped because of an unexpected problem ({problem}). No file was changed.</source>
        <translation>Ekspor berhenti karena masalah tak terduga ({problem}). Tidak ada berkas yang diubah.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>The database was not encrypted</source>
        <translation>Basis data tidak dienkripsi</translation>
    </message>
    <message>
        <source>This computer offers no safe place to keep the key, so the database stays unencrypted. An admin can encrypt it later (hadir db encrypt).</source>
        <translation>Komputer ini tidak menyediakan tempat aman untuk menyimpan kunci, jadi basis data tetap tidak terenkripsi. Admin dapat mengenkripsinya nanti (hadir db encrypt).</translation>
    </message>
</context>
<context>
    <name>FollowupSection</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Kelurahan/desa</source>
        <translation>Kelurahan/desa</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>and</source>
        <translation>dan</translation>
    </message>
    <message>
        <source>Registration sheet: column headers</source>
        <translation>Lembar pendaftaran: judul kolom</translation>
    </message>
    <message>
        <source>Registered within</source>
        <translation>Mendaftar dalam</translation>
    </message>
    <message>
        <source>WhatsApp message</source>
        <translation>Pesan WhatsApp</translation>
    </message>
    <message>
        <source>{nama}, {lembaga}, {kegiatan} and {tanggal} are filled in for each person.</source>
        <translation>{nama}, {lembaga}, {kegiatan} dan {tanggal} diisi untuk setiap orang.</translation>
    </message>
    <message>
        <source>The first window cannot be longer than the second.</source>
        <translation>Jangka pertama tidak boleh lebih panjang dari jangka kedua.</translation>
    </message>
    <message>
        <source>Write the WhatsApp message (it may use {nama} and {kegiatan}).</source>
        <translation>Tulis pesan WhatsApp-nya (boleh memakai {nama} dan {kegiatan}).</translation>
    </message>
</context>
<context>
    <name>GenerateRunner</name>
    <message>
        <source>Making certificates</source>
        <translation>Membuat sertifikat</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <source>Join code</source>
        <translation>Kode gabung</translation>
    </message>
    <message>
        <source>This laptop is the server. On each other desk: Settings → Network → Join a server, then scan this QR code with the barcode scanner or type the code.</source>
        <translation>Laptop ini adalah server. Di setiap meja lain: Pengaturan → Jaringan → Gabung ke server, lalu pindai kode QR ini dengan pemindai barcode atau ketik kodenya.</translation>
    </message>
    <message>
        <source>Server {name} at {address} · fingerprint {fingerprint}</source>
        <translation>Server {name} di {address} · sidik jari {fingerprint}</translation>
    </message>
    <message>
        <source>Keep this laptop on and connected to the same Wi-Fi or hotspot until the event ends. The code stays the same at every start; it is shown again under Settings → Network.</source>
        <translation>Biarkan laptop ini menyala dan terhubung ke Wi-Fi atau hotspot yang sama sampai acara selesai. Kodenya tetap sama setiap kali dinyalakan; tampil lagi di Pengaturan → Jaringan.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Image set ({size} KB)</source>
        <translation>Gambar terpasang ({size} KB)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Import an invitation list</source>
        <translation>Impor daftar undangan</translation>
    </message>
    <message>
        <source>Invite to</source>
        <translation>Undang ke</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Simpan baris yang ditolak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Lembar kerja ({patterns})</translation>
    </message>
    <message>
        <source>Choose an invitation list</source>
        <translation>Pilih daftar undangan</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Membaca berkas</translation>
    </message>
    <message>
        <source>No header row was recognised: choose the sheet, the header row and the columns.</source>
        <translation>Baris judul kolom tidak dikenali: pilih lembar, baris judul dan kolomnya.</translation>
    </message>
    <message>
        <source>Choose which column holds the names.</source>
        <translation>Pilih kolom yang berisi nama.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Mengimpor {name}…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>The file could not be imported; nothing was changed. ({detail})</source>
        <translation>Berkas tidak dapat diimpor; tidak ada yang diubah. ({detail})</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Impor dibatalkan: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>{path} could not be written. If it is open in Excel, close it; else choose another folder.</source>
        <translation>{path} tidak dapat ditulis. Jika sedang dibuka di Excel, tutup dulu; jika tidak, pilih folder lain.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>The rejected rows are in {path}. Correct them there and import that file.</source>
        <translation>Baris yang ditolak ada di {path}. Perbaiki di sana lalu impor berkas itu.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPanel</name>
    <message>
        <source>Choose the Excel, LibreOffice or CSV file the office sent.</source>
        <translation>Pilih berkas Excel, LibreOffice atau CSV yang dikirim dinas.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Lembar</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>Baris &amp;judul kolom</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Guessed from the headers; correct any that is wrong.</source>
        <translation>Ditebak dari judul kolom; perbaiki yang keliru.</translation>
    </message>
    <message>
        <source>{n} rows below the header; the first {shown} are shown.</source>
        <translation>{n} baris di bawah judul kolom; {shown} baris pertama ditampilkan.</translation>
    </message>
    <message>
        <source>{n} rows below the header.</source>
        <translation>{n} baris di bawah judul kolom.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryView</name>
    <message>
        <source>Rows with a person</source>
        <translation>Baris berisi peserta</translation>
    </message>
    <message>
        <source>New in the registry</source>
        <translation>Baru di daftar peserta</translation>
    </message>
    <message>
        <source>Merged with someone known</source>
        <translation>Digabung dengan yang sudah ada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Not people (totals, signatures)</source>
        <translation>Bukan peserta (jumlah, tanda tangan)</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Not invited (batches full)</source>
        <translation>Tidak diundang (angkatan penuh)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Alasan ditolak</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Rejected rows are not in the registry. Save them as a workbook, correct them there and import that file again; warnings were imported as they are.</source>
        <translation>Baris yang ditolak tidak masuk daftar peserta. Simpan sebagai buku kerja, perbaiki di sana, lalu impor lagi berkas itu; baris dengan peringatan sudah diimpor apa adanya.</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”: the import is saved.</source>
        <translation>{file}, lembar “{sheet}”: impor sudah tersimpan.</translation>
    </message>
    <message>
        <source>Rejected ({n})</source>
        <translation>Ditolak ({n})</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>Peringatan ({n})</translation>
    </message>
</context>
<context>
    <name>InterestKey</name>
    <message>
        <source>Interested in BPU  (Ctrl+B)</source>
        <translation>Tertarik mendaftar BPU  (Ctrl+B)</translation>
    </message>
    <message>
        <source>Records that this person wants to register with BPJS Ketenagakerjaan (BPU); press again to undo</source>
        <translation>Mencatat bahwa peserta ini ingin mendaftar BPJS Ketenagakerjaan (BPU); tekan lagi untuk membatalkan</translation>
    </message>
    <message>
        <source>Find a person first, then press Ctrl+B.</source>
        <translation>Cari peserta dulu, lalu tekan Ctrl+B.</translation>
    </message>
    <message>
        <source>{name}: interested in registering for BPU (recorded).</source>
        <translation>{name}: tertarik mendaftar BPU (dicatat).</translation>
    </message>
    <message>
        <source>{name}: interest in BPU taken back.</source>
        <translation>{name}: catatan tertarik BPU dibatalkan.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
</context>
<context>
    <name>InvitationSection</name>
    <message>
        <source>Venue address</source>
        <translation>Alamat tempat</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Health-protocol line</source>
        <translation>Kalimat protokol kesehatan</translation>
    </message>
    <message>
        <source>Printed on every invitation card; an empty field is left out.</source>
        <translation>Dicetak pada setiap kartu undangan; isian yang kosong tidak dicetak.</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <source>Invitation cards</source>
        <translation>Kartu undangan</translation>
    </message>
    <message>
        <source>One card per invited person, eight to an A4 page with cut lines, each with the QR code the check-in desk scans.</source>
        <translation>Satu kartu untuk setiap undangan, delapan per halaman A4 dengan garis potong, masing-masing dengan kode QR yang dipindai di meja check-in.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>No batch to choose: create an event and its batches first.</source>
        <translation>Belum ada angkatan: buat kegiatan dan angkatannya dulu.</translation>
    </message>
    <message>
        <source>Nobody is invited to this batch yet: import a list first.</source>
        <translation>Belum ada yang diundang ke angkatan ini: impor daftar dulu.</translation>
    </message>
    <message>
        <source>{n} invitation cards.</source>
        <translation>{n} kartu undangan.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join a server</source>
        <translation>Gabung ke server</translation>
    </message>
    <message>
        <source>Scan the QR code on the host's screen with the barcode scanner, or type the code it shows (28 letters and digits; dashes and small letters are fine).</source>
        <translation>Pindai kode QR di layar laptop server dengan pemindai barcode, atau ketik kode yang tampil (28 huruf dan angka; tanda hubung dan huruf kecil boleh).</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Gabung</translation>
    </message>
    <message>
        <source>Connecting to the host…</source>
        <translation>Menghubungi laptop server…</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>Hadir is locked</source>
        <translation>Hadir terkunci</translation>
    </message>
    <message>
        <source>{name}, type your PIN to continue.</source>
        <translation>{name}, ketik PIN Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Another operator…</source>
        <translation>Petugas lain…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Unlock first: that was a scan, not a PIN. Type your PIN, then scan again.</source>
        <translation>Buka kunci dulu: itu hasil pindaian, bukan PIN. Ketik PIN Anda, lalu pindai lagi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Basis data: {path}</translation>
    </message>
    <message>
        <source>(portable)</source>
        <translation>(portabel)</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>KPJ number</source>
        <translation>No. KPJ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Tanggal daftar</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>BPJS membership data</source>
        <translation>Data kepesertaan BPJS</translation>
    </message>
    <message>
        <source>The branch's list of members is matched to the registry by NIK only. Rows whose NIK is nobody here are counted and listed, never added.</source>
        <translation>Daftar peserta dari kantor cabang dicocokkan dengan data peserta hanya berdasarkan NIK. Baris dengan NIK yang tidak ada di sini dihitung dan ditampilkan, tidak pernah ditambahkan.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Simpan baris yang ditolak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>BPJS membership list</source>
        <translation>Daftar kepesertaan BPJS</translation>
    </message>
    <message>
        <source>{file}: sheet “{sheet}”, {rows} rows below the header.</source>
        <translation>{file}: lembar “{sheet}”, {rows} baris di bawah judul kolom.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>No NIK column was found: choose the columns by hand.</source>
        <translation>Kolom NIK tidak ditemukan: pilih kolomnya secara manual.</translation>
    </message>
    <message>
        <source>Importing the membership list…</source>
        <translation>Mengimpor daftar kepesertaan…</translation>
    </message>
    <message>
        <source>{rows} rows: {matched} matched, {unmatched} not in the registry (not added), {rejected} rejected. {updated} memberships updated, {unchanged} unchanged.</source>
        <translation>{rows} baris: {matched} cocok, {unmatched} tidak ada di data peserta (tidak ditambahkan), {rejected} ditolak. {updated} kepesertaan diperbarui, {unchanged} tidak berubah.</translation>
    </message>
    <message>
        <source>Row {row}: {reasons}</source>
        <translation>Baris {row}: {reasons}</translation>
    </message>
    <message>
        <source>Row {row}: NIK {nik} is nobody in the registry</source>
        <translation>Baris {row}: NIK {nik} tidak ada di data peserta</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
</context>
<context>
    <name>MergeBox</name>
    <message>
        <source>Field laptops</source>
        <translation>Laptop lapangan</translation>
    </message>
    <message>
        <source>Merge another laptop's data</source>
        <translation>Gabungkan data laptop lain</translation>
    </message>
    <message>
        <source>Back at the office, bring in what a field laptop recorded: its events, batches, people, check-ins and certificates. Choose its database or a backup of it; the file is only read. Nothing is counted twice, and merging the same file again changes nothing.</source>
        <translation>Setelah kembali ke kantor, masukkan apa yang dicatat laptop lapangan: kegiatan, angkatan, peserta, kehadiran dan sertifikatnya. Pilih basis datanya atau cadangannya; berkas itu hanya dibaca. Tidak ada yang terhitung dua kali, dan menggabungkan berkas yang sama lagi tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>Merge another laptop's data…</source>
        <translation>Gabungkan data laptop lain…</translation>
    </message>
    <message>
        <source>Only an admin may merge another laptop's data.</source>
        <translation>Hanya admin yang boleh menggabungkan data laptop lain.</translation>
    </message>
    <message>
        <source>Choose the other laptop's database</source>
        <translation>Pilih basis data laptop lain</translation>
    </message>
    <message>
        <source>This file cannot be merged</source>
        <translation>Berkas ini tidak dapat digabungkan</translation>
    </message>
    <message>
        <source>Reading the other laptop's data…</source>
        <translation>Membaca data laptop lain…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Menggabungkan…</translation>
    </message>
    <message>
        <source>This value cannot be taken</source>
        <translation>Nilai ini tidak dapat dipakai</translation>
    </message>
    <message>
        <source>The merge did not work; nothing was changed</source>
        <translation>Penggabungan gagal; tidak ada yang berubah</translation>
    </message>
    <message>
        <source>Merge cancelled</source>
        <translation>Penggabungan dibatalkan</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Gabungkan dua data</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Pertahankan data ini</translation>
    </message>
    <message>
        <source>Merge another laptop's data</source>
        <translation>Gabungkan data laptop lain</translation>
    </message>
    <message>
        <source>What merging {name} will do. Nothing is written until you press Merge.</source>
        <translation>Yang akan terjadi bila {name} digabungkan. Belum ada yang ditulis sampai Anda menekan Gabungkan.</translation>
    </message>
    <message>
        <source>{name} is merged. The office's values stayed where they differ: decide below.</source>
        <translation>{name} sudah digabungkan. Bila data berbeda, data kantor tetap dipakai: putuskan di bawah.</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Kegiatan baru</translation>
    </message>
    <message>
        <source>Batches: new / already here</source>
        <translation>Angkatan: baru / sudah ada</translation>
    </message>
    <message>
        <source>People: new / already here</source>
        <translation>Peserta: baru / sudah ada</translation>
    </message>
    <message>
        <source>New check-ins</source>
        <translation>Kehadiran baru</translation>
    </message>
    <message>
        <source>Duplicate check-ins (the earlier is kept)</source>
        <translation>Kehadiran ganda (yang lebih awal dipakai)</translation>
    </message>
    <message>
        <source>New certificates</source>
        <translation>Sertifikat baru</translation>
    </message>
    <message>
        <source>batch {batch}: {admitted} admitted, {capacity} seats</source>
        <translation>angkatan {batch}: {admitted} hadir, {capacity} kursi</translation>
    </message>
    <message>
        <source>Over capacity (nothing is dropped; see Reports): {batches}</source>
        <translation>Melebihi kapasitas (tidak ada yang dihapus; lihat Laporan): {batches}</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Perbedaan</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Basis data ini</translation>
    </message>
    <message>
        <source>The other laptop</source>
        <translation>Laptop lain</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>{name}: {field}</source>
        <translation>{name}: {field}</translation>
    </message>
    <message>
        <source>Event {title}: {field}</source>
        <translation>Kegiatan {title}: {field}</translation>
    </message>
    <message>
        <source>Batch {batch}: {field}</source>
        <translation>Angkatan {batch}: {field}</translation>
    </message>
    <message>
        <source>Certificate number {number} printed on both</source>
        <translation>Nomor sertifikat {number} tercetak di keduanya</translation>
    </message>
    <message>
        <source>{number} (the printed one stays valid)</source>
        <translation>{number} (yang sudah dicetak tetap sah)</translation>
    </message>
    <message>
        <source>Batch number {batch} used for two batches</source>
        <translation>Nomor angkatan {batch} dipakai dua angkatan</translation>
    </message>
    <message>
        <source>Use the laptop's</source>
        <translation>Pakai data laptop</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Business or cooperative</source>
        <translation>Lembaga/Usaha</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>BPJS number</source>
        <translation>No. KPJ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Highest temperature admitted</source>
        <translation>Suhu tertinggi yang diizinkan</translation>
    </message>
    <message>
        <source>Temperature taken</source>
        <translation>Suhu diukur</translation>
    </message>
    <message>
        <source>Mask required</source>
        <translation>Wajib masker</translation>
    </message>
    <message>
        <source>PeduliLindungi checked</source>
        <translation>PeduliLindungi diperiksa</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>NamesWarning</name>
    <message>
        <source>These names cannot be printed as written; correct them under People first:</source>
        <translation>Nama berikut tidak dapat dicetak sebagaimana tertulis; perbaiki dulu di menu Peserta:</translation>
    </message>
    <message>
        <source>prints as boxes: {chars}</source>
        <translation>tercetak sebagai kotak: {chars}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Events &amp; Sessions</source>
        <translation>Kegiatan &amp; Sesi</translation>
    </message>
    <message>
        <source>Check-in Desk</source>
        <translation>Meja Check-in</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Log Audit</translation>
    </message>
    <message>
        <source>Reports &amp; Export</source>
        <translation>Laporan &amp; Ekspor</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>NetworkBox</name>
    <message>
        <source>Network</source>
        <translation>Jaringan</translation>
    </message>
    <message>
        <source>Make this laptop the server</source>
        <translation>Jadikan laptop ini server</translation>
    </message>
    <message>
        <source>Join a server…</source>
        <translation>Gabung ke server…</translation>
    </message>
    <message>
        <source>Show the join code</source>
        <translation>Tampilkan kode gabung</translation>
    </message>
    <message>
        <source>Done, save to this laptop</source>
        <translation>Selesai, simpan ke laptop ini</translation>
    </message>
    <message>
        <source>Back to this laptop's own file</source>
        <translation>Kembali ke file laptop ini</translation>
    </message>
    <message>
        <source>Only an admin may do this.</source>
        <translation>Hanya admin yang boleh melakukan ini.</translation>
    </message>
    <message>
        <source>This laptop works on its own file.</source>
        <translation>Laptop ini bekerja dengan file sendiri.</translation>
    </message>
    <message>
        <source>With two or three desks at the door, connect the laptops to one Wi-Fi or phone hotspot. One becomes the server (its data comes along); the others join it with its code.</source>
        <translation>Dengan dua atau tiga meja di pintu, hubungkan laptop-laptop ke satu Wi-Fi atau hotspot HP. Satu laptop menjadi server (datanya ikut dibawa); laptop lain bergabung dengan kodenya.</translation>
    </message>
    <message>
        <source>This laptop is the server ({name}).</source>
        <translation>Laptop ini adalah server ({name}).</translation>
    </message>
    <message>
        <source>After the event, "Done, save to this laptop" puts everything the desks recorded into this laptop's own file and stops the server.</source>
        <translation>Setelah acara, "Selesai, simpan ke laptop ini" memasukkan semua yang dicatat meja-meja ke file laptop ini sendiri dan menghentikan server.</translation>
    </message>
    <message>
        <source>This laptop uses the server of {name}.</source>
        <translation>Laptop ini memakai server {name}.</translation>
    </message>
    <message>
        <source>Going back to the own file leaves the server's data on the server.</source>
        <translation>Kembali ke file sendiri membiarkan data server tetap di server.</translation>
    </message>
    <message>
        <source>This laptop's data is copied into a server on this laptop, and the other desks join it. Hadir then starts again on the server. Go ahead?</source>
        <translation>Data laptop ini disalin ke server di laptop ini, lalu meja lain bergabung ke sana. Setelah itu Hadir dibuka ulang memakai server. Lanjutkan?</translation>
    </message>
    <message>
        <source>Starting the server…</source>
        <translation>Menyalakan server…</translation>
    </message>
    <message>
        <source>Everything on the server is written into this laptop's own file (the file as it was is kept as a backup), the server stops and the other desks can no longer record. Go ahead?</source>
        <translation>Semua data di server ditulis ke file laptop ini sendiri (file yang lama disimpan sebagai cadangan), server berhenti dan meja lain tidak bisa mencatat lagi. Lanjutkan?</translation>
    </message>
    <message>
        <source>Saving the server's data to this laptop…</source>
        <translation>Menyimpan data server ke laptop ini…</translation>
    </message>
    <message>
        <source>Saved to this laptop</source>
        <translation>Tersimpan di laptop ini</translation>
    </message>
    <message>
        <source>Everything the desks recorded is in this laptop's own file. Hadir starts again on it.</source>
        <translation>Semua yang dicatat meja-meja sudah ada di file laptop ini. Hadir dibuka ulang memakai file itu.</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Tergabung</translation>
    </message>
    <message>
        <source>This laptop now uses the host's server. Hadir starts again on it.</source>
        <translation>Laptop ini sekarang memakai server laptop induk. Hadir dibuka ulang memakai server itu.</translation>
    </message>
    <message>
        <source>This laptop stops using the server and works on its own file again. Go ahead?</source>
        <translation>Laptop ini berhenti memakai server dan kembali bekerja dengan file sendiri. Lanjutkan?</translation>
    </message>
</context>
<context>
    <name>NetworkMessages</name>
    <message>
        <source>Something unexpected went wrong: {error}</source>
        <translation>Terjadi kesalahan yang tidak terduga: {error}</translation>
    </message>
    <message>
        <source>This is not a whole join code, or a character is mistyped. Check it against the host's screen.</source>
        <translation>Ini bukan kode gabung yang utuh, atau ada huruf yang salah ketik. Cocokkan dengan layar laptop server.</translation>
    </message>
    <message>
        <source>The laptop at that address is not the host that showed this code. Check the address on the host's screen.</source>
        <translation>Laptop di alamat itu bukan server yang menampilkan kode ini. Periksa alamat di layar laptop server.</translation>
    </message>
    <message>
        <source>Port {port} is used by another program on this laptop.</source>
        <translation>Port {port} sudah dipakai program lain di laptop ini.</translation>
    </message>
    <message>
        <source>Port {port} is not a port number.</source>
        <translation>{port} bukan nomor port.</translation>
    </message>
    <message>
        <source>The server already runs on port {port}.</source>
        <translation>Server sudah berjalan di port {port}.</translation>
    </message>
    <message>
        <source>PostgreSQL is not installed on this laptop, so it cannot be the server. Let another laptop host, or install PostgreSQL.</source>
        <translation>PostgreSQL belum terpasang di laptop ini, jadi laptop ini tidak bisa menjadi server. Jadikan laptop lain server, atau pasang PostgreSQL.</translation>
    </message>
    <message>
        <source>Hadir runs as the administrator (root), and the server may not: run Hadir as an ordinary user.</source>
        <translation>Hadir berjalan sebagai administrator (root), dan server tidak boleh begitu: jalankan Hadir sebagai pengguna biasa.</translation>
    </message>
    <message>
        <source>This laptop uses another laptop's server. Go back to this laptop's own file first.</source>
        <translation>Laptop ini memakai server laptop lain. Kembali dulu ke file laptop ini sendiri.</translation>
    </message>
    <message>
        <source>This laptop is the server. Use "Done, save to this laptop" to bring the data back to its own file.</source>
        <translation>Laptop ini adalah server. Pakai "Selesai, simpan ke laptop ini" untuk mengembalikan data ke file laptop ini.</translation>
    </message>
    <message>
        <source>This laptop is not a server.</source>
        <translation>Laptop ini bukan server.</translation>
    </message>
</context>
<context>
    <name>NetworkStartup</name>
    <message>
        <source>The server of {name} cannot be reached. Check that it is on and that this laptop is on the same Wi-Fi or hotspot.</source>
        <translation>Server {name} tidak dapat dihubungi. Pastikan laptop server menyala dan laptop ini tersambung ke Wi-Fi atau hotspot yang sama.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Use this laptop's own file</source>
        <translation>Pakai file laptop ini</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>NetworkStatusLabel</name>
    <message>
        <source>Connecting to the server…</source>
        <translation>Menghubungi server…</translation>
    </message>
    <message>
        <source>This laptop's own file</source>
        <translation>File laptop ini sendiri</translation>
    </message>
    <message>
        <source>The server of {name} has another address now; Hadir starts again on it.</source>
        <translation>Server {name} sekarang punya alamat lain; Hadir dibuka ulang memakai alamat itu.</translation>
    </message>
    <message>
        <source>The server of {name} cannot be reached. Hadir keeps trying by itself.</source>
        <translation>Server {name} tidak dapat dihubungi. Hadir terus mencoba sendiri.</translation>
    </message>
    <message>
        <source>This laptop is the server · other desks connected: {count}</source>
        <translation>Laptop ini adalah server · meja lain terhubung: {count}</translation>
    </message>
    <message>
        <source>On the server of {name} · other desks connected: {count}</source>
        <translation>Di server {name} · meja lain terhubung: {count}</translation>
    </message>
</context>
<context>
    <name>OperatorBadge</name>
    <message>
        <source>Operator: {operator}</source>
        <translation>Petugas: {operator}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Lock the window now (Ctrl+L); your PIN opens it again</source>
        <translation>Kunci jendela sekarang (Ctrl+L); PIN Anda membukanya kembali</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Welcome to Hadir</source>
        <translation>Selamat datang di Hadir</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Tambah petugas</translation>
    </message>
    <message>
        <source>New PIN for {name}</source>
        <translation>PIN baru untuk {name}</translation>
    </message>
    <message>
        <source>First, create the admin: the person who adds the desk operators, may override the capacity and changes the settings. Everyone signs in with a PIN of 4 to 8 digits.</source>
        <translation>Pertama, buat admin: orang yang menambahkan petugas meja, boleh melebihi kapasitas, dan mengubah pengaturan. Setiap petugas masuk dengan PIN 4 sampai 8 angka.</translation>
    </message>
    <message>
        <source>A desk operator checks people in; an admin may also override the capacity, restore backups and change the settings. Tell them their PIN in person.</source>
        <translation>Petugas meja mencatat kehadiran; admin juga boleh melebihi kapasitas, memulihkan cadangan, dan mengubah pengaturan. Sampaikan PIN-nya secara langsung.</translation>
    </message>
    <message>
        <source>The old PIN stops working at once, and a lock after wrong PINs ends.</source>
        <translation>PIN lama langsung tidak berlaku, dan kuncian karena PIN salah berakhir.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>PIN (4–8 digits)</source>
        <translation>PIN (4–8 angka)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Ulangi PIN</translation>
    </message>
    <message>
        <source>Create admin</source>
        <translation>Buat admin</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Simpan PIN</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OperatorTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ada</translation>
    </message>
    <message>
        <source>None (command line only)</source>
        <translation>Tidak ada (hanya baris perintah)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message>
</context>
<context>
    <name>OperatorsBox</name>
    <message>
        <source>Operators</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Add operator…</source>
        <translation>Tambah petugas…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Atur ulang PIN…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Only an admin adds operators, resets PINs or deactivates someone.</source>
        <translation>Hanya admin yang dapat menambah petugas, mengatur ulang PIN, atau menonaktifkan petugas.</translation>
    </message>
    <message>
        <source>Deactivated operators cannot sign in; what they recorded keeps their name.</source>
        <translation>Petugas nonaktif tidak dapat masuk; data yang mereka catat tetap memakai namanya.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <source>Deactivate operator</source>
        <translation>Nonaktifkan petugas</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in. Continue?</source>
        <translation>{name} tidak akan bisa masuk lagi. Lanjutkan?</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Edit business or cooperative</source>
        <translation>Ubah lembaga/usaha</translation>
    </message>
    <message>
        <source>Nomor Induk Berusaha, 13 digits</source>
        <translation>Nomor Induk Berusaha, 13 angka</translation>
    </message>
    <message>
        <source>{people} people in the registry, {attended} of them attended a batch.</source>
        <translation>{people} orang di daftar peserta, {attended} di antaranya pernah hadir.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Kecamatan</source>
        <translation>&amp;Kecamatan</translation>
    </message>
    <message>
        <source>&amp;Desa / Kelurahan</source>
        <translation>&amp;Desa / Kelurahan</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Al&amp;amat</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>Jumlah &amp;pekerja</translation>
    </message>
    <message>
        <source>NI&amp;B</source>
        <translation>NI&amp;B</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <source>Type to search, or a new name</source>
        <translation>Ketik untuk mencari, atau nama baru</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
</context>
<context>
    <name>OrganizationTableModel</name>
    <message>
        <source>Business / cooperative</source>
        <translation>Lembaga/Usaha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>NIB {nib}</source>
        <translation>NIB {nib}</translation>
    </message>
    <message>
        <source>People of this organisation who attended a batch</source>
        <translation>Peserta dari lembaga ini yang pernah hadir</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override the capacity</source>
        <translation>Lampaui kapasitas</translation>
    </message>
    <message>
        <source>Admit {name} although the session is full?</source>
        <translation>Terima {name} walaupun sesi sudah penuh?</translation>
    </message>
    <message>
        <source>{attended} of {capacity} seats are taken. The health protocol sets this limit; an admin may admit one more person for a good reason. Your name and the reason go to the audit log.</source>
        <translation>{attended} dari {capacity} kursi sudah terisi. Batas ini ditetapkan protokol kesehatan; admin boleh menerima satu orang lagi dengan alasan yang kuat. Nama Anda dan alasannya dicatat di log audit.</translation>
    </message>
    <message>
        <source>e.g. speaker from BPJS Ketenagakerjaan; a chair was added</source>
        <translation>mis. narasumber dari BPJS Ketenagakerjaan; kursi ditambah</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>Admit with override</source>
        <translation>Terima dengan override</translation>
    </message>
</context>
<context>
    <name>PaperButtons</name>
    <message>
        <source>Sheet to sign…</source>
        <translation>Daftar hadir (tanda tangan)…</translation>
    </message>
    <message>
        <source>Before the event: invitees in the order of the invitation list, empty rows up to the capacity</source>
        <translation>Sebelum acara: undangan sesuai urutan daftar undangan, baris kosong sampai kapasitas</translation>
    </message>
    <message>
        <source>Invitations…</source>
        <translation>Undangan…</translation>
    </message>
    <message>
        <source>Contact tracing (admin)…</source>
        <translation>Pelacakan kontak (admin)…</translation>
    </message>
    <message>
        <source>Attendees with full phone numbers for the health office; recorded in the audit log</source>
        <translation>Peserta hadir dengan nomor HP lengkap untuk dinas kesehatan; tercatat di log audit</translation>
    </message>
    <message>
        <source>Transport receipt…</source>
        <translation>Tanda terima transport…</translation>
    </message>
    <message>
        <source>The receipt sheet of the transport money the attendees receive</source>
        <translation>Lembar tanda terima uang transport yang diterima peserta</translation>
    </message>
    <message>
        <source>Activity report…</source>
        <translation>Laporan kegiatan…</translation>
    </message>
    <message>
        <source>Laporan kegiatan for the SPJ: numbers, charts, minutes, photos, attendance and certificates</source>
        <translation>Laporan kegiatan untuk SPJ: angka, grafik, notulen, foto, daftar hadir dan sertifikat</translation>
    </message>
    <message>
        <source>Choose one batch first.</source>
        <translation>Pilih satu angkatan dulu.</translation>
    </message>
    <message>
        <source>Transport money</source>
        <translation>Uang transport</translation>
    </message>
    <message>
        <source>Rupiah per attendee:</source>
        <translation>Rupiah per peserta:</translation>
    </message>
    <message>
        <source>An admin sets the transport amount of this batch first.</source>
        <translation>Admin perlu mengisi besaran uang transport angkatan ini lebih dulu.</translation>
    </message>
    <message>
        <source>Transport receipt</source>
        <translation>Tanda Terima Transport</translation>
    </message>
    <message>
        <source>Laporan kegiatan of the chosen event or batch</source>
        <translation>Laporan kegiatan untuk kegiatan atau angkatan yang dipilih</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Laporan Kegiatan</translation>
    </message>
    <message>
        <source>Sheet to sign</source>
        <translation>Daftar Hadir</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <source>Contact tracing</source>
        <translation>Kontak Erat</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Tersimpan: {path}.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Ekspor gagal.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <source>Invitation cards</source>
        <translation>Kartu undangan</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Tidak dapat dilakukan</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} tersimpan.</translation>
    </message>
    <message>
        <source>Merged into {name}.</source>
        <translation>Digabung ke {name}.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Business / cooperative</source>
        <translation>Lembaga/Usaha</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Desa, kecamatan</source>
        <translation>Desa, kecamatan</translation>
    </message>
    <message>
        <source>Batches invited</source>
        <translation>Angkatan diundang</translation>
    </message>
    <message>
        <source>Batches attended</source>
        <translation>Angkatan dihadiri</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>The two records have different NIKs. Merge only if they are the same person: the kept record's NIK stays and the other one is removed.</source>
        <translation>Kedua data memiliki NIK berbeda. Gabungkan hanya jika orangnya sama: NIK data yang dipertahankan tetap, yang lain dihapus.</translation>
    </message>
    <message>
        <source>Merge two records of the same person?</source>
        <translation>Gabungkan dua data dari orang yang sama?</translation>
    </message>
    <message>
        <source>The other record's invitations, check-ins, screenings and certificates move to the one you keep, and its details fill the kept record's empty fields. Where both attended the same batch, the earlier check-in stays. Then the other record is removed; the audit log keeps it.</source>
        <translation>Undangan, check-in, skrining dan sertifikat dari data yang lain dipindahkan ke data yang dipertahankan, dan isiannya melengkapi kolom yang masih kosong. Jika keduanya hadir di angkatan yang sama, check-in yang lebih awal yang dipakai. Lalu data yang lain dihapus; log audit mencatatnya.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Merge two spellings of one business or cooperative?</source>
        <translation>Gabungkan dua penulisan dari lembaga/usaha yang sama?</translation>
    </message>
    <message>
        <source>The people of the other one move to the one you keep, and its details fill the kept one's empty fields. Then the other one is removed; the audit log keeps it.</source>
        <translation>Peserta dari lembaga yang lain dipindahkan ke lembaga yang dipertahankan, dan isiannya melengkapi kolom yang masih kosong. Lalu lembaga yang lain dihapus; log audit mencatatnya.</translation>
    </message>
    <message>
        <source>Their {invited} invitation(s), {attended} check-in(s) and health screenings are removed with them. This cannot be undone; the audit log records who removed whom, and why.</source>
        <translation>{invited} undangan, {attended} check-in dan skrining kesehatannya ikut terhapus. Ini tidak dapat dibatalkan; log audit mencatat siapa menghapus siapa, dan alasannya.</translation>
    </message>
    <message>
        <source>Nobody in the registry belongs to it any more.</source>
        <translation>Tidak ada lagi peserta yang tercatat di lembaga ini.</translation>
    </message>
    <message>
        <source>Remove {name} from the registry?</source>
        <translation>Hapus {name} dari daftar peserta?</translation>
    </message>
    <message>
        <source>{name} was removed.</source>
        <translation>{name} sudah dihapus.</translation>
    </message>
    <message>
        <source>Imported: {imported} new, {merged} merged, {rejected} rejected.</source>
        <translation>Diimpor: {imported} baru, {merged} digabung, {rejected} ditolak.</translation>
    </message>
    <message>
        <source>Invitations batch {n}.pdf</source>
        <translation>Undangan angkatan {n}.pdf</translation>
    </message>
    <message>
        <source>Save invitation cards</source>
        <translation>Simpan kartu undangan</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>INVITATION</source>
        <translation>UNDANGAN</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>Day/Date</source>
        <translation>Hari/Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Pukul</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Show this code at the registration desk</source>
        <translation>Tunjukkan kode ini di meja registrasi</translation>
    </message>
    <message>
        <source>cut here</source>
        <translation>gunting di sini</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <source>{n} invitation cards saved in {path}.</source>
        <translation>{n} kartu undangan tersimpan di {path}.</translation>
    </message>
    <message>
        <source>{n} invitation cards are saved in {path}. Open the file now?</source>
        <translation>{n} kartu undangan tersimpan di {path}. Buka berkasnya sekarang?</translation>
    </message>
    <message>
        <source>Invitation cards ready</source>
        <translation>Kartu undangan siap</translation>
    </message>
    <message>
        <source>The file could not be written (is it open in another program?). Choose another name.</source>
        <translation>Berkas tidak dapat ditulis (sedang dibuka program lain?). Pilih nama lain.</translation>
    </message>
    <message>
        <source>The invitation cards could not be made.</source>
        <translation>Kartu undangan tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Invitation cards not saved</source>
        <translation>Kartu undangan tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>PeopleLabels</name>
    <message>
        <source>UMKM</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone / WhatsApp</source>
        <translation>No. HP / WA</translation>
    </message>
    <message>
        <source>Sex (L/P)</source>
        <translation>Jenis kelamin (L/P)</translation>
    </message>
    <message>
        <source>Business / cooperative</source>
        <translation>Lembaga/Usaha</translation>
    </message>
    <message>
        <source>Type (UMKM/Koperasi)</source>
        <translation>Jenis (UMKM/Koperasi)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Desa / Kelurahan</source>
        <translation>Desa / Kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Number of workers</source>
        <translation>Jumlah pekerja</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>BPJS number (KPJ)</source>
        <translation>Nomor peserta BPJS (KPJ)</translation>
    </message>
    <message>
        <source>Interested in BPU</source>
        <translation>Tertarik mendaftar BPU</translation>
    </message>
    <message>
        <source>Name is empty</source>
        <translation>Nama kosong</translation>
    </message>
    <message>
        <source>Name longer than 200 characters</source>
        <translation>Nama lebih dari 200 karakter</translation>
    </message>
    <message>
        <source>Organisation name longer than 200 characters</source>
        <translation>Nama lembaga/usaha lebih dari 200 karakter</translation>
    </message>
    <message>
        <source>NIK stored as a number and rounded by Excel; type it again as text</source>
        <translation>NIK tersimpan sebagai angka dan sudah dibulatkan oleh Excel; ketik ulang sebagai teks</translation>
    </message>
    <message>
        <source>NIK holds something other than digits</source>
        <translation>NIK berisi selain angka</translation>
    </message>
    <message>
        <source>NIK must be 16 digits</source>
        <translation>NIK harus 16 angka</translation>
    </message>
    <message>
        <source>Unknown province code in the NIK</source>
        <translation>Kode provinsi pada NIK tidak dikenal</translation>
    </message>
    <message>
        <source>Unknown regency code in the NIK</source>
        <translation>Kode kabupaten/kota pada NIK tidak dikenal</translation>
    </message>
    <message>
        <source>Impossible birth date in the NIK</source>
        <translation>Tanggal lahir pada NIK tidak mungkin</translation>
    </message>
    <message>
        <source>The NIK's serial may not be 0000</source>
        <translation>Nomor urut pada NIK tidak boleh 0000</translation>
    </message>
    <message>
        <source>NIK is empty</source>
        <translation>NIK kosong</translation>
    </message>
    <message>
        <source>No NIK given</source>
        <translation>NIK tidak diisi</translation>
    </message>
    <message>
        <source>Invalid phone number (not stored)</source>
        <translation>Nomor HP tidak valid (tidak disimpan)</translation>
    </message>
    <message>
        <source>Phone is not a usual mobile number</source>
        <translation>Nomor HP bukan nomor seluler yang lazim</translation>
    </message>
    <message>
        <source>Sex not recognised</source>
        <translation>Jenis kelamin tidak dikenali</translation>
    </message>
    <message>
        <source>Sex differs from the NIK (the NIK's is used)</source>
        <translation>Jenis kelamin berbeda dengan NIK (dipakai dari NIK)</translation>
    </message>
    <message>
        <source>Unknown kecamatan</source>
        <translation>Kecamatan tidak dikenal</translation>
    </message>
    <message>
        <source>Number of workers is not a number</source>
        <translation>Jumlah pekerja bukan angka</translation>
    </message>
    <message>
        <source>Same person as another row of this file (merged)</source>
        <translation>Sama dengan baris lain di berkas ini (digabung)</translation>
    </message>
    <message>
        <source>Not invited: every batch is full</source>
        <translation>Tidak diundang: semua angkatan sudah penuh</translation>
    </message>
    <message>
        <source>The file {name} no longer exists.</source>
        <translation>Berkas {name} sudah tidak ada.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet Hadir can read. Choose an Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file.</source>
        <translation>{name} bukan lembar kerja yang dapat dibaca Hadir. Pilih berkas Excel (.xlsx, .xls), LibreOffice (.ods) atau CSV.</translation>
    </message>
    <message>
        <source>{name} cannot be read: it is damaged, protected by a password, or not really a spreadsheet. Open it in Excel or LibreOffice, save it again and retry.</source>
        <translation>{name} tidak dapat dibaca: rusak, dilindungi kata sandi, atau bukan lembar kerja. Buka di Excel atau LibreOffice, simpan ulang, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{name} has more than {detail} rows: that is not an invitation list. Check that you chose the right file.</source>
        <translation>{name} berisi lebih dari {detail} baris: itu bukan daftar undangan. Periksa apakah berkasnya benar.</translation>
    </message>
    <message>
        <source>{name} would need far more memory than an invitation list: its sheets are huge or empty cells are repeated without end. Copy the list into a new file and retry.</source>
        <translation>{name} membutuhkan memori jauh lebih besar daripada sebuah daftar undangan: lembarnya sangat besar atau sel kosong diulang tanpa batas. Salin daftar ke berkas baru, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{name} does not hold a table. Save the list as .xlsx or .csv and retry.</source>
        <translation>{name} tidak berisi tabel. Simpan daftarnya sebagai .xlsx atau .csv lalu coba lagi.</translation>
    </message>
    <message>
        <source>No list of people was found in {name}: no row has a “Nama” column and another known column. Choose the sheet and the header row, then the columns, by hand.</source>
        <translation>Tidak ada daftar peserta di {name}: tidak ada baris dengan kolom “Nama” dan kolom lain yang dikenal. Pilih lembar dan baris judul kolom, lalu kolom-kolomnya, secara manual.</translation>
    </message>
    <message>
        <source>Choose which column holds the names: without names nobody can be imported.</source>
        <translation>Pilih kolom yang berisi nama: tanpa nama tidak ada yang dapat diimpor.</translation>
    </message>
    <message>
        <source>The chosen sheet is not in {name} any more. Choose the file again.</source>
        <translation>Lembar yang dipilih sudah tidak ada di {name}. Pilih berkasnya lagi.</translation>
    </message>
    <message>
        <source>{name} holds {count} certificate(s), so the record stays: the certificate must keep verifying. Merge duplicate records instead.</source>
        <translation>{name} memegang {count} sertifikat, jadi datanya tetap disimpan: sertifikat harus tetap dapat diverifikasi. Gabungkan data ganda sebagai gantinya.</translation>
    </message>
    <message>
        <source>{count} people belong to {name}. Merge it into the right organisation instead, or move the people first.</source>
        <translation>{count} peserta tercatat di {name}. Gabungkan ke lembaga yang benar, atau pindahkan pesertanya dulu.</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Isi nama.</translation>
    </message>
    <message>
        <source>Another organisation already has this name: merge the two instead.</source>
        <translation>Nama ini sudah dipakai lembaga lain: gabungkan keduanya saja.</translation>
    </message>
    <message>
        <source>Another person already has this NIK: merge the two records instead.</source>
        <translation>NIK ini sudah dipakai peserta lain: gabungkan kedua data itu saja.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Isi alasannya.</translation>
    </message>
    <message>
        <source>The NIB has digits only (13 digits).</source>
        <translation>NIB hanya berisi angka (13 angka).</translation>
    </message>
    <message>
        <source>The number of workers cannot be negative.</source>
        <translation>Jumlah pekerja tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Pilih dua data yang berbeda untuk digabung.</translation>
    </message>
    <message>
        <source>Nobody is invited to this batch yet: import an invitation list first.</source>
        <translation>Belum ada yang diundang ke angkatan ini: impor daftar undangan dulu.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Invitation cards (PDF)…</source>
        <translation>Kartu undangan (PDF)…</translation>
    </message>
    <message>
        <source>Print the invitations of one batch, with their QR codes</source>
        <translation>Cetak undangan satu angkatan, lengkap dengan kode QR</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Impor daftar…</translation>
    </message>
    <message>
        <source>Add people from an Excel, LibreOffice or CSV list and invite them</source>
        <translation>Tambahkan peserta dari daftar Excel, LibreOffice atau CSV dan undang mereka</translation>
    </message>
    <message>
        <source>BPJS membership data…</source>
        <translation>Data kepesertaan BPJS…</translation>
    </message>
    <message>
        <source>Import the BPJS Ketenagakerjaan branch's list of members, matched by NIK (admin)</source>
        <translation>Impor daftar peserta dari kantor cabang BPJS Ketenagakerjaan, dicocokkan berdasarkan NIK (admin)</translation>
    </message>
    <message>
        <source>Search a name, NIK, phone number or organisation…</source>
        <translation>Cari nama, NIK, no. HP atau lembaga…</translation>
    </message>
    <message>
        <source>Search a business or cooperative…</source>
        <translation>Cari lembaga/usaha…</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Tampilkan lagi</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Gabungkan…</translation>
    </message>
    <message>
        <source>Select two records of the same person (Ctrl+click) to merge them</source>
        <translation>Pilih dua data dari orang yang sama (Ctrl+klik) untuk menggabungkannya</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Nobody matches the search and filters.</source>
        <translation>Tidak ada peserta yang cocok dengan pencarian dan saringan.</translation>
    </message>
    <message>
        <source>The registry is empty. Import the office's invitation list with “Import list…”.</source>
        <translation>Daftar peserta masih kosong. Impor daftar undangan dari dinas dengan “Impor daftar…”.</translation>
    </message>
    <message>
        <source>No business or cooperative matches the search and filters.</source>
        <translation>Tidak ada lembaga/usaha yang cocok dengan pencarian dan saringan.</translation>
    </message>
    <message>
        <source>No businesses or cooperatives yet: they come with the people you import.</source>
        <translation>Belum ada lembaga/usaha: lembaga ikut tercatat saat peserta diimpor.</translation>
    </message>
    <message>
        <source>People ({n})</source>
        <translation>Peserta ({n})</translation>
    </message>
    <message>
        <source>Organisations ({n})</source>
        <translation>Lembaga/Usaha ({n})</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>Menampilkan {shown} dari {total}</translation>
    </message>
    <message>
        <source>{n} shown</source>
        <translation>{n} ditampilkan</translation>
    </message>
</context>
<context>
    <name>PersonCardView</name>
    <message>
        <source>PARTICIPANT</source>
        <translation>PESERTA</translation>
    </message>
    <message>
        <source>Scan the invitation's QR code, or type a name, NIK or phone number in the search box. Someone not on the list? Press Ctrl+N to register a walk-in.</source>
        <translation>Pindai kode QR undangan, atau ketik nama, NIK, atau nomor HP di kotak pencarian. Tidak ada di daftar? Tekan Ctrl+N untuk mendaftarkan peserta tanpa undangan.</translation>
    </message>
    <message>
        <source>Kec. {name}</source>
        <translation>Kec. {name}</translation>
    </message>
    <message>
        <source>Invitation {code}</source>
        <translation>Undangan {code}</translation>
    </message>
    <message>
        <source>measured {n}× before</source>
        <translation>sudah diukur {n}× sebelumnya</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Invited to batch {n}</source>
        <translation>Diundang ke Angkatan {n}</translation>
    </message>
    <message>
        <source>Walk-in · not invited</source>
        <translation>Tanpa undangan</translation>
    </message>
    <message>
        <source>New walk-in</source>
        <translation>Peserta baru tanpa undangan</translation>
    </message>
    <message>
        <source>Not in the registry yet: admitting registers this person.</source>
        <translation>Belum terdaftar: peserta ini didaftarkan saat diterima.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Tanpa lembaga/usaha</translation>
    </message>
    <message>
        <source>NIK {nik}</source>
        <translation>NIK {nik}</translation>
    </message>
    <message>
        <source>No NIK</source>
        <translation>Tanpa NIK</translation>
    </message>
    <message>
        <source>Phone {phone}</source>
        <translation>HP {phone}</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Tanpa nomor HP</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Ubah data peserta</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <source>BPJS Ketenagakerjaan membership number</source>
        <translation>Nomor kepesertaan BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Jenis &amp;kelamin</translation>
    </message>
    <message>
        <source>&amp;Phone / WhatsApp</source>
        <translation>No. &amp;HP / WA</translation>
    </message>
    <message>
        <source>&amp;Business / cooperative</source>
        <translation>&amp;Lembaga/Usaha</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Al&amp;amat</translation>
    </message>
    <message>
        <source>&amp;Desa / Kelurahan</source>
        <translation>&amp;Desa / Kelurahan</translation>
    </message>
    <message>
        <source>&amp;Kecamatan</source>
        <translation>K&amp;ecamatan</translation>
    </message>
    <message>
        <source>KP&amp;J</source>
        <translation>K&amp;PJ</translation>
    </message>
    <message>
        <source>Agrees that their data is shared with BPJS Ketenagakerjaan</source>
        <translation>Setuju datanya dibagikan kepada BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>Recorded on {when}</source>
        <translation>Dicatat pada {when}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>diundang</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>tanpa undangan</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>hadir</translation>
    </message>
    <message>
        <source>did not attend</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>certificate {number}</source>
        <translation>sertifikat {number}</translation>
    </message>
    <message>
        <source>Batch {n}</source>
        <translation>Angkatan {n}</translation>
    </message>
    <message>
        <source>{sex}, born {date}, {regency}. Sex and birth date follow from the NIK.</source>
        <translation>{sex}, lahir {date}, {regency}. Jenis kelamin dan tanggal lahir mengikuti NIK.</translation>
    </message>
    <message>
        <source>The full NIK is shown only here; lists show it masked.</source>
        <translation>NIK lengkap hanya tampil di sini; di daftar NIK disamarkan.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Business / cooperative</source>
        <translation>Lembaga/Usaha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>The NIK is masked in lists; the full number shows in the edit dialog.</source>
        <translation>NIK disamarkan di daftar; nomor lengkapnya tampil di jendela ubah data.</translation>
    </message>
    <message>
        <source>Batches attended: {n}</source>
        <translation>Angkatan yang dihadiri: {n}</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Not a person (a total, a place and date, a signature): skipped</source>
        <translation>Bukan peserta (jumlah, tempat dan tanggal, tanda tangan): dilewati</translation>
    </message>
</context>
<context>
    <name>PrintSetupDialog</name>
    <message>
        <source>Letterhead and signatories</source>
        <translation>Kop surat dan penanda tangan</translation>
    </message>
    <message>
        <source>Certificates tell their readers to call this number to check them</source>
        <translation>Sertifikat meminta pembacanya menelepon nomor ini untuk memeriksa keasliannya</translation>
    </message>
    <message>
        <source>Letterhead (kop)</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Address (one line each)</source>
        <translation>Alamat (satu baris per isian)</translation>
    </message>
    <message>
        <source>Town (for the date line)</source>
        <translation>Kota (untuk baris tanggal)</translation>
    </message>
    <message>
        <source>Office telephone</source>
        <translation>Telepon kantor</translation>
    </message>
    <message>
        <source>Logo left</source>
        <translation>Logo kiri</translation>
    </message>
    <message>
        <source>Logo right</source>
        <translation>Logo kanan</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Signatory (“Mengetahui”)</source>
        <translation>Penanda tangan (“Mengetahui”)</translation>
    </message>
    <message>
        <source>Second signatory (optional)</source>
        <translation>Penanda tangan kedua (opsional)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The NIP has 18 digits, e.g. 19660420 199203 1 008.</source>
        <translation>NIP terdiri dari 18 angka, misalnya 19660420 199203 1 008.</translation>
    </message>
</context>
<context>
    <name>RecentModel</name>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Lembaga/Usaha</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Suhu</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>This check-in was undone; the seat is free again</source>
        <translation>Check-in ini dibatalkan; kursinya kosong lagi</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Tanpa undangan</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>The database is encrypted. Write this recovery key down or print it now and keep it in the office, away from the laptop: it is shown only this once. It opens the database or a backup on another computer (Settings → Backups → Restore a backup).</source>
        <translation>Basis data sudah dienkripsi. Catat atau cetak kunci pemulihan ini sekarang dan simpan di kantor, terpisah dari laptop: kunci ini hanya ditampilkan sekali. Kunci ini membuka basis data atau cadangannya di komputer lain (Pengaturan → Cadangan → Pulihkan cadangan).</translation>
    </message>
    <message>
        <source>Print the recovery sheet…</source>
        <translation>Cetak lembar kunci pemulihan…</translation>
    </message>
    <message>
        <source>I have kept the key</source>
        <translation>Kunci sudah saya simpan</translation>
    </message>
    <message>
        <source>Save the recovery sheet as</source>
        <translation>Simpan lembar kunci pemulihan sebagai</translation>
    </message>
    <message>
        <source>The sheet was not saved</source>
        <translation>Lembar tidak tersimpan</translation>
    </message>
    <message>
        <source>Recovery sheet saved</source>
        <translation>Lembar kunci pemulihan tersimpan</translation>
    </message>
    <message>
        <source>Print {path}, then delete the file from this laptop.</source>
        <translation>Cetak {path}, lalu hapus berkas itu dari laptop ini.</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <source>Attended or not</source>
        <translation>Hadir atau belum</translation>
    </message>
    <message>
        <source>Attended a batch</source>
        <translation>Pernah hadir</translation>
    </message>
    <message>
        <source>Not attended yet</source>
        <translation>Belum pernah hadir</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>UMKM</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Koperasi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Menurut jenis lembaga</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Menurut jenis kelamin</translation>
    </message>
    <message>
        <source>Admitted per batch</source>
        <translation>Hadir per angkatan</translation>
    </message>
    <message>
        <source>Admitted per batch ({first}–{last} of {count})</source>
        <translation>Hadir per angkatan ({first}–{last} dari {count})</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>By kecamatan</source>
        <translation>Menurut kecamatan</translation>
    </message>
</context>
<context>
    <name>ReportDialogs</name>
    <message>
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message>
        <source>One decree or programme per line</source>
        <translation>Satu peraturan atau program per baris</translation>
    </message>
    <message>
        <source>Basis (dasar)</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <source>Purpose (tujuan)</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Speakers (one per line)</source>
        <translation>Narasumber (satu per baris)</translation>
    </message>
    <message>
        <source>Printed in every laporan kegiatan, after the title.</source>
        <translation>Dicetak di setiap laporan kegiatan, sesudah judul.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports &amp; Export</source>
        <translation>Laporan &amp; Ekspor</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Ekspor Excel…</translation>
    </message>
    <message>
        <source>The attendance workbook for the district office</source>
        <translation>Daftar hadir dalam Excel untuk dinas</translation>
    </message>
    <message>
        <source>Attendance sheet (PDF)…</source>
        <translation>Daftar hadir (PDF)…</translation>
    </message>
    <message>
        <source>The sheet people sign, with the signatory block</source>
        <translation>Lembar yang ditandatangani peserta, dengan blok tanda tangan pejabat</translation>
    </message>
    <message>
        <source>Letterhead and signatories…</source>
        <translation>Kop dan penanda tangan…</translation>
    </message>
    <message>
        <source>The kop, who signs the sheet, and the paper (admins)</source>
        <translation>Kop surat, pejabat penanda tangan, dan ukuran kertas (admin)</translation>
    </message>
    <message>
        <source>Full NIK in the file</source>
        <translation>NIK lengkap di berkas</translation>
    </message>
    <message>
        <source>Only when the office asks for it. Otherwise NIKs are masked as 3311********0001; every export is recorded in the audit log.</source>
        <translation>Hanya bila diminta dinas. Jika tidak, NIK disamarkan menjadi 3311********0001; setiap ekspor dicatat di log audit.</translation>
    </message>
    <message>
        <source>Only an admin may export full NIKs.</source>
        <translation>Hanya admin yang boleh mengekspor NIK lengkap.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>No events yet. Create an event and its batches under “Events &amp; Sessions” first.</source>
        <translation>Belum ada kegiatan. Buat dulu kegiatan dan angkatannya di “Kegiatan &amp; Sesi”.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>BPJS membership</source>
        <translation>Kepesertaan BPJS</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Semua angkatan</translation>
    </message>
    <message>
        <source>Batch {batch} — {date}</source>
        <translation>Angkatan {batch} — {date}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Ekspor daftar hadir</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Mengekspor ke {path}…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Menulis {name}…</translation>
    </message>
    <message>
        <source>Saved {path} ({rows} attendees).</source>
        <translation>Tersimpan: {path} ({rows} peserta hadir).</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <source>The file is saved:
{path}</source>
        <translation>Berkas sudah disimpan:
{path}</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Ekspor gagal.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
</context>
<context>
    <name>ScreeningPanel</name>
    <message>
        <source>HEALTH SCREENING</source>
        <translation>SKRINING KESEHATAN</translation>
    </message>
    <message>
        <source>Temperature in °C</source>
        <translation>Suhu dalam °C</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Suhu</translation>
    </message>
    <message>
        <source>Wearing a &amp;mask</source>
        <translation>Memakai &amp;masker</translation>
    </message>
    <message>
        <source>Tick only the questions answered “yes”:</source>
        <translation>Centang hanya pertanyaan yang dijawab “ya”:</translation>
    </message>
    <message>
        <source>&amp;PeduliLindungi</source>
        <translation>&amp;PeduliLindungi</translation>
    </message>
    <message>
        <source>— choose the colour —</source>
        <translation>— pilih warna —</translation>
    </message>
    <message>
        <source>Admit  (Enter)</source>
        <translation>Terima  (Enter)</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Override…</translation>
    </message>
    <message>
        <source>Admit although the session is full (admin only; a reason is recorded)</source>
        <translation>Terima walaupun sesi penuh (khusus admin; alasan dicatat)</translation>
    </message>
    <message>
        <source>limit {limit} · e.g. {example}</source>
        <translation>batas {limit} · mis. {example}</translation>
    </message>
    <message>
        <source>Wearing a &amp;mask (optional)</source>
        <translation>Memakai &amp;masker (tidak wajib)</translation>
    </message>
    <message>
        <source>“{text}” is not a temperature: did you mean {guess}? Type it with a comma.</source>
        <translation>“{text}” bukan suhu: maksudnya {guess}? Ketik dengan koma.</translation>
    </message>
    <message>
        <source>“{text}” is not a temperature a thermometer gives (34–42 °C).</source>
        <translation>“{text}” bukan suhu yang mungkin dari termometer (34–42 °C).</translation>
    </message>
    <message>
        <source>Measure the temperature and type it first, e.g. {example}.</source>
        <translation>Ukur suhu dan ketik dulu, mis. {example}.</translation>
    </message>
    <message>
        <source>Choose the colour the PeduliLindungi app shows.</source>
        <translation>Pilih warna yang ditampilkan aplikasi PeduliLindungi.</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>No invitation has the code {code}.</source>
        <translation>Tidak ada undangan dengan kode {code}.</translation>
    </message>
    <message>
        <source>Nobody found. Press Ctrl+N to register a walk-in.</source>
        <translation>Tidak ditemukan. Tekan Ctrl+N untuk mendaftarkan peserta tanpa undangan.</translation>
    </message>
    <message>
        <source>{n} people match: choose with ↑ ↓, then press Enter.</source>
        <translation>{n} orang cocok: pilih dengan ↑ ↓, lalu tekan Enter.</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Lembaga/Usaha</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Already checked in to this session</source>
        <translation>Sudah check-in di sesi ini</translation>
    </message>
    <message>
        <source>Not invited to this session: admitted as a walk-in while seats remain</source>
        <translation>Tidak diundang ke sesi ini: diterima sebagai peserta tanpa undangan selama kursi masih ada</translation>
    </message>
    <message>
        <source>✓ Present</source>
        <translation>✓ Sudah hadir</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Tanpa undangan</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Security and privacy</source>
        <translation>Keamanan dan privasi</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>Kunci jendela setelah</translation>
    </message>
    <message>
        <source>Keep health answers for</source>
        <translation>Simpan jawaban kesehatan selama</translation>
    </message>
    <message>
        <source>Without keyboard or mouse for this long, the window locks and asks for the PIN. Temperatures and symptom answers older than the retention period are cleared.</source>
        <translation>Jika papan ketik dan tetikus tidak dipakai selama ini, jendela terkunci dan meminta PIN. Suhu dan jawaban gejala yang lebih lama dari masa simpan dihapus.</translation>
    </message>
    <message>
        <source>Only an admin changes these settings.</source>
        <translation>Hanya admin yang dapat mengubah pengaturan ini.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>SessionChooser</name>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Kegiatan</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Angkatan</translation>
    </message>
    <message>
        <source>Batch {n}</source>
        <translation>Angkatan {n}</translation>
    </message>
    <message>
        <source>No batches in this event</source>
        <translation>Kegiatan ini belum punya angkatan</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Tambah Angkatan</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Ubah Angkatan</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation>Kegiatan: {title}</translation>
    </message>
    <message>
        <source>e.g. Aula Kantor Kecamatan Grogol</source>
        <translation>mis. Aula Kantor Kecamatan Grogol</translation>
    </message>
    <message>
        <source> people</source>
        <translation> orang</translation>
    </message>
    <message>
        <source>Temperatures are taken at the door (required at check-in)</source>
        <translation>Suhu diukur di pintu (wajib saat check-in)</translation>
    </message>
    <message>
        <source>Masks are required</source>
        <translation>Wajib memakai masker</translation>
    </message>
    <message>
        <source>Check the PeduliLindungi status (green and yellow may enter)</source>
        <translation>Periksa status PeduliLindungi (hijau dan kuning boleh masuk)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Angkatan</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>Te&amp;mpat</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Kapasitas</translation>
    </message>
    <message>
        <source>Health screening</source>
        <translation>Skrining kesehatan</translation>
    </message>
    <message>
        <source>&amp;Highest temperature admitted</source>
        <translation>&amp;Suhu tertinggi yang diizinkan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Automatic ({n})</source>
        <translation>Otomatis ({n})</translation>
    </message>
</context>
<context>
    <name>SessionPicker</name>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Kegiatan</translation>
    </message>
    <message>
        <source>Batch {n}</source>
        <translation>Angkatan {n}</translation>
    </message>
    <message>
        <source>{invited} of {capacity} invited</source>
        <translation>{invited} dari {capacity} diundang</translation>
    </message>
    <message>
        <source>full ({capacity} invited)</source>
        <translation>penuh ({capacity} diundang)</translation>
    </message>
    <message>
        <source>This event has no batches yet: the people are only added to the registry.</source>
        <translation>Kegiatan ini belum punya angkatan: peserta hanya ditambahkan ke daftar.</translation>
    </message>
    <message>
        <source>No batch checked: the people are only added to the registry, nobody is invited.</source>
        <translation>Tidak ada angkatan yang dicentang: peserta hanya ditambahkan ke daftar, tidak ada yang diundang.</translation>
    </message>
    <message>
        <source>Everyone is invited to this batch while seats remain ({free} free).</source>
        <translation>Semua diundang ke angkatan ini selama kursi masih ada ({free} kosong).</translation>
    </message>
    <message>
        <source>People are spread over the {n} batches in order, each filled up to its capacity ({free} seats free).</source>
        <translation>Peserta dibagi ke {n} angkatan secara berurutan, masing-masing diisi sampai kapasitasnya ({free} kursi kosong).</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Batch</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Hari/Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Pukul</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Max. temp.</source>
        <translation>Suhu maks.</translation>
    </message>
    <message>
        <source>{n} seats left</source>
        <translation>Sisa {n} kursi</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The window switches to the chosen language at once; your work stays as it is.</source>
        <translation>Jendela langsung berganti ke bahasa yang dipilih; pekerjaan Anda tetap seperti semula.</translation>
    </message>
    <message>
        <source>(HADIR_LANG is set and decides the language at the next start.)</source>
        <translation>(HADIR_LANG diatur dan menentukan bahasa saat aplikasi dibuka lagi.)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Berkas basis data</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Portable (data next to the application)</source>
        <translation>Portabel (data di samping aplikasi)</translation>
    </message>
    <message>
        <source>Per user</source>
        <translation>Per pengguna</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <source>Elsewhere and later</source>
        <translation>Di tempat lain dan berikutnya</translation>
    </message>
    <message>
        <source>The letterhead and signatories are set under Reports &amp; Export, the certificate text and numbering under Certificates. Health screening defaults will be set here in a later version.</source>
        <translation>Kop surat dan penanda tangan diatur di Laporan &amp; Ekspor, teks dan penomoran sertifikat di Sertifikat. Standar skrining kesehatan akan diatur di sini pada versi berikutnya.</translation>
    </message>
    <message>
        <source>Document settings…</source>
        <translation>Pengaturan dokumen…</translation>
    </message>
    <message>
        <source>Laporan kegiatan (basis, purpose, speakers), invitations (venue address, contact, health line), transport money (treasurer, usual amount) and the BPJS follow-up</source>
        <translation>Laporan kegiatan (dasar, tujuan, narasumber), undangan (alamat tempat, narahubung, protokol kesehatan), uang transport (bendahara, besaran biasa) dan tindak lanjut BPJS</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Hadir</source>
        <translation>Masuk ke Hadir</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>Pilih nama Anda dan ketik PIN.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Siapa yang bertugas di meja?</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>SignInMessages</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Desk operator</source>
        <translation>Petugas meja</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>Kedua PIN tidak sama. Ketik PIN yang sama dua kali.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} seconds, or ask an admin to reset the PIN.</source>
        <translation>Terlalu banyak PIN salah. Coba lagi dalam {seconds} detik, atau minta admin mengatur ulang PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN. {count} tries left before a one-minute lock.</source>
        <translation>PIN salah. Sisa {count} kali percobaan sebelum dikunci satu menit.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN salah. Coba lagi.</translation>
    </message>
    <message>
        <source>The PIN has 4 to 8 digits (numbers only).</source>
        <translation>PIN terdiri dari 4 sampai 8 angka (hanya angka).</translation>
    </message>
    <message>
        <source>Please enter the operator's name.</source>
        <translation>Mohon isi nama petugas.</translation>
    </message>
    <message>
        <source>There is already an operator called “{detail}”. Choose another name.</source>
        <translation>Sudah ada petugas bernama “{detail}”. Pilih nama lain.</translation>
    </message>
    <message>
        <source>The name is too long (at most {detail} characters).</source>
        <translation>Nama terlalu panjang (paling banyak {detail} karakter).</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself while signed in.</source>
        <translation>Anda tidak dapat menonaktifkan diri sendiri selagi masuk.</translation>
    </message>
    <message>
        <source>This is the last admin who can sign in: add another admin first.</source>
        <translation>Ini admin terakhir yang dapat masuk: tambahkan admin lain terlebih dahulu.</translation>
    </message>
    <message>
        <source>The lock time must be between 1 and 240 minutes.</source>
        <translation>Waktu kunci harus antara 1 dan 240 menit.</translation>
    </message>
    <message>
        <source>Health answers are kept between 1 and 3650 days.</source>
        <translation>Jawaban kesehatan disimpan antara 1 dan 3650 hari.</translation>
    </message>
    <message>
        <source>Only an admin may do this. Ask an admin to sign in.</source>
        <translation>Hanya admin yang boleh melakukan ini. Minta admin untuk masuk.</translation>
    </message>
</context>
<context>
    <name>SignatoryBox</name>
    <message>
        <source>e.g. Head of the Trade, Cooperatives and SME Office</source>
        <translation>mis. Kepala Dinas Perdagangan, Koperasi dan UKM</translation>
    </message>
    <message>
        <source>e.g. Pembina Utama Muda</source>
        <translation>mis. Pembina Utama Muda</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Gambar tanda tangan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat/Golongan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Tanpa undangan</translation>
    </message>
    <message>
        <source>Refused at screening</source>
        <translation>Ditolak saat skrining</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>of {capacity} seats</source>
        <translation>dari {capacity} kursi</translation>
    </message>
    <message>
        <source>{share} % of the invited</source>
        <translation>{share} % dari yang diundang</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Certificate template</source>
        <translation>Templat sertifikat</translation>
    </message>
    <message>
        <source>Page 1 as it will print, with a sample participant.</source>
        <translation>Halaman 1 seperti yang akan dicetak, dengan contoh peserta.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Above the name</source>
        <translation>Di atas nama</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation>Pola nomor</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Tempat penandatanganan</translation>
    </message>
    <message>
        <source>Signatory's name</source>
        <translation>Nama penanda tangan</translation>
    </message>
    <message>
        <source>Signatory's position</source>
        <translation>Jabatan penanda tangan</translation>
    </message>
    <message>
        <source>Signatory's rank</source>
        <translation>Pangkat penanda tangan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Logos</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Latar belakang</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Main colour</source>
        <translation>Warna utama</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Warna aksen</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Warna teks</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>“{field}” must be filled in.</source>
        <translation>“{field}” wajib diisi.</translation>
    </message>
    <message>
        <source>“{field}” is too long (at most {detail} characters).</source>
        <translation>“{field}” terlalu panjang (paling banyak {detail} karakter).</translation>
    </message>
    <message>
        <source>“{field}” uses {{{detail}}}, which is not a field Hadir knows.</source>
        <translation>“{field}” memakai {{{detail}}}, yang bukan isian yang dikenal Hadir.</translation>
    </message>
    <message>
        <source>“{field}” must contain {{{detail}}}, so that numbers never repeat.</source>
        <translation>“{field}” harus memuat {{{detail}}}, agar nomor tidak pernah berulang.</translation>
    </message>
    <message>
        <source>“{field}” has a brace or format Hadir cannot read ({detail}).</source>
        <translation>“{field}” berisi kurung kurawal atau format yang tidak dapat dibaca Hadir ({detail}).</translation>
    </message>
    <message>
        <source>“{field}” contains a line break or tab.</source>
        <translation>“{field}” berisi pindah baris atau tab.</translation>
    </message>
    <message>
        <source>“{field}” must be a PNG or JPEG image.</source>
        <translation>“{field}” harus berupa gambar PNG atau JPEG.</translation>
    </message>
    <message>
        <source>“{field}” is too large (at most {detail}).</source>
        <translation>“{field}” terlalu besar (paling besar {detail}).</translation>
    </message>
    <message>
        <source>The NIP has 18 digits.</source>
        <translation>NIP terdiri dari 18 angka.</translation>
    </message>
    <message>
        <source>“{field}” is not a colour.</source>
        <translation>“{field}” bukan warna.</translation>
    </message>
    <message>
        <source>“{field}”: {detail} allowed.</source>
        <translation>“{field}”: yang diperbolehkan {detail}.</translation>
    </message>
    <message>
        <source>“{field}” is not valid ({detail}).</source>
        <translation>“{field}” tidak valid ({detail}).</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <source>Fields: {fields}</source>
        <translation>Isian: {fields}</translation>
    </message>
    <message>
        <source>Fields: {seq:03}, {year}, {month}, {month_roman}, {day}, {batch}</source>
        <translation>Isian: {seq:03}, {year}, {month}, {month_roman}, {day}, {batch}</translation>
    </message>
    <message>
        <source>the district (e.g. Sukoharjo)</source>
        <translation>kabupaten (mis. Sukoharjo)</translation>
    </message>
    <message>
        <source>{paper} landscape</source>
        <translation>{paper} mendatar</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Above the name</source>
        <translation>Di atas nama</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation>Pola nomor</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Tempat penandatanganan</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>A second signatory</source>
        <translation>Penanda tangan kedua</translation>
    </message>
    <message>
        <source>Second signatory</source>
        <translation>Penanda tangan kedua</translation>
    </message>
    <message>
        <source>Logos, background and colours</source>
        <translation>Logo, latar belakang dan warna</translation>
    </message>
    <message>
        <source>Add logo…</source>
        <translation>Tambah logo…</translation>
    </message>
    <message>
        <source>Remove logos</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>Background image</source>
        <translation>Gambar latar belakang</translation>
    </message>
    <message>
        <source>Logos</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Latar belakang</translation>
    </message>
    <message>
        <source>Main colour</source>
        <translation>Warna utama</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Warna aksen</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Warna teks</translation>
    </message>
    <message>
        <source>{count} of {most}</source>
        <translation>{count} dari {most}</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
</context>
<context>
    <name>TransportSection</name>
    <message>
        <source>not paid</source>
        <translation>tidak dibayar</translation>
    </message>
    <message>
        <source>Treasurer (Bendahara Pengeluaran)</source>
        <translation>Bendahara Pengeluaran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Usual amount per attendee</source>
        <translation>Besaran biasa per peserta</translation>
    </message>
    <message>
        <source>Used for every batch without its own amount; the receipt button still lets an admin change a batch's amount.</source>
        <translation>Dipakai untuk setiap angkatan yang belum punya besaran sendiri; tombol tanda terima tetap membolehkan admin mengubah besaran satu angkatan.</translation>
    </message>
    <message>
        <source>The NIP has 18 digits, e.g. 19660420 199203 1 008.</source>
        <translation>NIP terdiri atas 18 angka, mis. 19660420 199203 1 008.</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <source>Undo check-in</source>
        <translation>Batalkan check-in</translation>
    </message>
    <message>
        <source>Undo the check-in of {name} ({time})?</source>
        <translation>Batalkan check-in {name} ({time})?</translation>
    </message>
    <message>
        <source>The seat becomes free again. The check-in stays in the history, struck through, with the reason.</source>
        <translation>Kursinya kosong lagi. Check-in tetap ada di riwayat, dicoret, beserta alasannya.</translation>
    </message>
    <message>
        <source>Wrong person selected</source>
        <translation>Salah pilih peserta</translation>
    </message>
    <message>
        <source>Checked in twice by mistake</source>
        <translation>Tidak sengaja check-in dua kali</translation>
    </message>
    <message>
        <source>Left before the session started</source>
        <translation>Pulang sebelum acara dimulai</translation>
    </message>
    <message>
        <source>Type or choose a reason</source>
        <translation>Ketik atau pilih alasan</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Periksa sertifikat</translation>
    </message>
    <message>
        <source>Scan the QR code on the certificate, or type what it holds and press Enter.</source>
        <translation>Pindai kode QR pada sertifikat, atau ketik isinya lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>Menunggu pindaian…</translation>
    </message>
    <message>
        <source>This is not the QR code of a Hadir certificate.</source>
        <translation>Ini bukan kode QR sertifikat Hadir.</translation>
    </message>
    <message>
        <source>The code does not match its signature: the certificate is forged or was altered.</source>
        <translation>Kode tidak cocok dengan tanda tangannya: sertifikat dipalsukan atau telah diubah.</translation>
    </message>
    <message>
        <source>No certificate with this number was issued from this database.</source>
        <translation>Tidak ada sertifikat bernomor ini yang diterbitkan dari basis data ini.</translation>
    </message>
    <message>
        <source>This certificate was issued, but the check-in was taken back since.</source>
        <translation>Sertifikat ini pernah diterbitkan, tetapi kehadirannya kemudian dibatalkan.</translation>
    </message>
    <message>
        <source>The certificate could not be confirmed.</source>
        <translation>Sertifikat tidak dapat dipastikan.</translation>
    </message>
    <message>
        <source>✔ GENUINE</source>
        <translation>✔ ASLI</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>Nomor: {number}</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nama: {name}</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Lembaga: {name}</translation>
    </message>
    <message>
        <source>Event: {event}</source>
        <translation>Kegiatan: {event}</translation>
    </message>
    <message>
        <source>Batch {batch}, {date}, {venue}</source>
        <translation>Angkatan {batch}, {date}, {venue}</translation>
    </message>
    <message>
        <source>✘ NOT VALID</source>
        <translation>✘ TIDAK SAH</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Daftarkan peserta tanpa undangan</translation>
    </message>
    <message>
        <source>For someone not invited to this session. Type the NIK first: Hadir fills in what it tells.</source>
        <translation>Untuk peserta yang tidak diundang ke sesi ini. Ketik NIK dulu: Hadir mengisi data yang terkandung di dalamnya.</translation>
    </message>
    <message>
        <source>The session is full: admitting a walk-in now needs an admin override with a reason.</source>
        <translation>Sesi sudah penuh: menerima peserta tanpa undangan sekarang memerlukan override admin beserta alasannya.</translation>
    </message>
    <message>
        <source>16 digits, e.g. 3311…</source>
        <translation>16 digit, mis. 3311…</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>e.g. owner, chair, treasurer</source>
        <translation>mis. pemilik, ketua, bendahara</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ama</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>No. &amp;HP</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Lembaga/Usaha</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <source>Continue to screening</source>
        <translation>Lanjut ke skrining</translation>
    </message>
    <message>
        <source>{sex}, born {date} · {region}</source>
        <translation>{sex}, lahir {date} · {region}</translation>
    </message>
    <message>
        <source>Please enter the name.</source>
        <translation>Isi nama peserta.</translation>
    </message>
    <message>
        <source>This NIK is already registered: choose the existing person below.</source>
        <translation>NIK ini sudah terdaftar: pilih peserta yang sudah ada di bawah.</translation>
    </message>
</context>
<context>
    <name>_SignatoryBox</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat/Golongan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
</context>
</TS>