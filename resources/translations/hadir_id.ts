<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
        <source>The file {path} is read-only, so Hadir cannot record anything in it. Check the file's permissions or copy it to a folder you can write to.</source>
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
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
</context>
<context>
    <name>GenerateRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Making certificates</source>
        <translation>Membuat sertifikat</translation>
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
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
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
    <name>PlannedPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Tersedia pada versi berikutnya</translation>
    </message>
</context>
<context>
    <name>PrintSetupDialog</name>
    <message>
        <source>Letterhead and signatories</source>
        <translation>Kop surat dan penanda tangan</translation>
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