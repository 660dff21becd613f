<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
        <source>Please enter the event&apos;s title.</source>
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
        <source>The file {path} is read-only, so Hadir cannot record anything in it. Check the file&apos;s permissions or copy it to a folder you can write to.</source>
        <translation>Berkas {path} hanya-baca, sehingga Hadir tidak dapat mencatat apa pun di dalamnya. Periksa izin berkas atau salin berkas ke folder yang dapat ditulisi.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist and cannot be created.</source>
        <translation>Folder untuk {path} tidak ada dan tidak dapat dibuat.</translation>
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
    <name>MainWindow</name>
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
        <source>Check people in at the door, quickly and without losing a single entry, even offline.</source>
        <translation>Mencatat kehadiran peserta di pintu masuk dengan cepat, tanpa satu data pun hilang, juga tanpa internet.</translation>
    </message>
    <message>
        <source>Find a participant by NIK, invitation QR code or phone number.</source>
        <translation>Cari peserta dengan NIK, kode QR undangan, atau nomor HP.</translation>
    </message>
    <message>
        <source>Record the health screening (temperature, mask, symptoms, PeduliLindungi) and admit people while seats remain, with a live count of free seats.</source>
        <translation>Catat skrining kesehatan (suhu, masker, gejala, PeduliLindungi) dan izinkan masuk selama kursi masih tersedia, dengan hitungan sisa kursi secara langsung.</translation>
    </message>
    <message>
        <source>Register walk-ins on the spot and undo a check-in made by mistake.</source>
        <translation>Daftarkan peserta tanpa undangan di tempat dan batalkan check-in yang keliru.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>The registry of participants and the businesses or cooperatives they represent.</source>
        <translation>Daftar peserta beserta usaha atau koperasi yang mereka wakili.</translation>
    </message>
    <message>
        <source>Import invitation lists from Excel, CSV or LibreOffice files, with a report of rows to fix.</source>
        <translation>Impor daftar undangan dari berkas Excel, CSV, atau LibreOffice, dengan laporan baris yang perlu diperbaiki.</translation>
    </message>
    <message>
        <source>Search and correct names, NIK, phone numbers and organisations.</source>
        <translation>Cari dan perbaiki nama, NIK, nomor HP, dan lembaga/usaha.</translation>
    </message>
    <message>
        <source>See who was invited to and who attended each batch; NIKs stay masked.</source>
        <translation>Lihat siapa yang diundang dan siapa yang hadir di setiap angkatan; NIK tetap disamarkan.</translation>
    </message>
    <message>
        <source>Reports &amp; Export</source>
        <translation>Laporan &amp; Ekspor</translation>
    </message>
    <message>
        <source>The documents the district office asks for, for one batch or a whole event.</source>
        <translation>Dokumen yang diminta dinas, untuk satu angkatan atau seluruh kegiatan.</translation>
    </message>
    <message>
        <source>The attendance workbook in Excel, with a summary by type, sex and kecamatan.</source>
        <translation>Daftar hadir dalam Excel, dengan rekap menurut jenis usaha, jenis kelamin, dan kecamatan.</translation>
    </message>
    <message>
        <source>The printable attendance sheet (PDF) with signature column and signatory.</source>
        <translation>Daftar hadir siap cetak (PDF) dengan kolom tanda tangan dan pejabat penanda tangan.</translation>
    </message>
    <message>
        <source>Invited, attended, walk-ins, refused and no-shows at a glance.</source>
        <translation>Jumlah undangan, hadir, tanpa undangan, ditolak, dan tidak datang dalam sekilas.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Numbered certificates of participation for everyone who attended.</source>
        <translation>Sertifikat keikutsertaan bernomor untuk setiap peserta yang hadir.</translation>
    </message>
    <message>
        <source>One PDF to print, or one file per participant to send.</source>
        <translation>Satu PDF untuk dicetak, atau satu berkas per peserta untuk dikirim.</translation>
    </message>
    <message>
        <source>A QR code on each certificate that Hadir verifies, so a forgery fails.</source>
        <translation>Kode QR pada setiap sertifikat yang diverifikasi Hadir, sehingga sertifikat palsu ketahuan.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>PlannedPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Tersedia pada versi berikutnya</translation>
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
        <source>Coming later</source>
        <translation>Menyusul</translation>
    </message>
    <message>
        <source>The organiser and letterhead, signatories, certificate text and numbering, health screening defaults, operators with PINs and data retention will be set here in later versions.</source>
        <translation>Penyelenggara dan kop surat, penanda tangan, teks dan penomoran sertifikat, standar skrining kesehatan, petugas dengan PIN, serta masa simpan data akan diatur di sini pada versi berikutnya.</translation>
    </message>
</context>
</TS>
