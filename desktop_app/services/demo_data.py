"""Word lists for the demo registry: common Javanese and Indonesian names, businesses, places."""

MALE_NAMES = (
    "Agus Budi Bambang Slamet Joko Sutrisno Heru Eko Dwi Teguh Wahyu Hadi Sigit Hendra Rudi Yusuf "
    "Ahmad Muhammad Arif Fajar Rizki Dedi Andi Bayu Dimas Gunawan Hartono Iwan Kurniawan Lukman "
    "Mulyadi Nugroho Purnomo Rahmat Sapto Tri Untung Wibowo Yanto Suharto Sumarno Suparman Parjo "
    "Catur Danang Galih Ilham Krisna Rohmad Sugeng Supri Wawan Ari Hari Anton Yoga Aditya"
).split()
FEMALE_NAMES = (
    "Sri Siti Dewi Endang Rina Sari Wulan Nur Ani Yuni Tri Dwi Lestari Ratna Puji Suci Ika Indah "
    "Fitri Retno Wahyuni Susanti Kartika Mega Novi Dyah Ayu Rahayu Sulastri Sumiyati Tutik Winarni "
    "Yuliana Anisa Eka Fatimah Hartini Kusuma Larasati Murni Nanik Purwanti Rini Setyowati Tatik "
    "Umi Warsini Yanti Astuti Diah Erna Heni Kristina"
).split()
SURNAMES = (
    "Santoso Setiawan Prasetyo Wibowo Saputra Hidayat Susilo Pratama Kurniawan Nugroho Purnama "
    "Wijaya Hartono Suryanto Mulyono Raharjo Utomo Widodo Sulistyo Haryanto Lestari Wahyuni Rahayu "
    "Handayani Susanti Pertiwi Anggraini Maharani Purwaningsih Setyaningsih Kusumawati Rahmawati "
    "Wulandari Sulistyowati Hastuti Ningsih Permatasari Puspitasari Kusumaningtyas Prihatin"
).split()
FEMALE_SURNAMES = frozenset(
    "Lestari Wahyuni Rahayu Handayani Susanti Pertiwi Anggraini Maharani Purwaningsih Setyaningsih "
    "Kusumawati Rahmawati Wulandari Sulistyowati Hastuti Ningsih Permatasari Puspitasari "
    "Kusumaningtyas Prihatin".split()
)
TITLES_BEFORE = ("H.", "Hj.", "Ir.", "Drs.", "Dra.")
TITLES_AFTER = ("S.E.", "S.Pd.", "S.H.", "S.Kom.", "A.Md.", "M.M.", "S.T.")

UMKM_FORMS = ("UD", "CV", "Toko", "Warung", "Usaha", "Industri Rumahan", "Home Industry", "Kios")
UMKM_PRODUCTS = (
    "Batik Tulis", "Gamelan", "Keripik Tempe", "Jamu Gendong", "Mebel Jati", "Rotan", "Tahu", "Bakso",
    "Sambal", "Konveksi", "Sablon", "Bengkel Las", "Kerajinan Bambu", "Intip", "Lanting", "Rambak",
    "Jenang", "Geplak", "Emping", "Peyek", "Roti", "Catering", "Laundry", "Kopi", "Madu", "Tenun",
    "Genteng", "Batu Bata", "Wedang Uwuh", "Serabi", "Sate Kambing", "Tengkleng", "Lurik", "Wayang Kulit",
)
NICE_WORDS = (
    "Sumber Rejeki", "Maju Jaya", "Makmur", "Sejahtera", "Barokah", "Berkah", "Sido Mukti", "Lancar",
    "Mandiri", "Sekar Arum", "Ngudi Rejeki", "Manunggal", "Tunas Harapan", "Mulia", "Sari Rasa",
    "Bu Sri", "Pak Slamet", "Mbok Darmi", "Sido Rukun", "Gemah Ripah", "Karya Utama", "Abadi", "Lestari",
)
KOPERASI_FORMS = (
    "Koperasi Simpan Pinjam", "Koperasi Serba Usaha", "KSP", "KSU", "Koperasi Produsen",
    "Koperasi Konsumen", "Koperasi Wanita", "KPRI", "Koperasi Unit Desa", "Koperasi Syariah",
)
DESA = (
    "Madegondo", "Langenharjo", "Kwarasan", "Parangjoro", "Telukan", "Pondok", "Gedangan", "Cemani",
    "Banaran", "Sanggrahan", "Kartasura", "Pucangan", "Gumpang", "Makamhaji", "Ngemplak", "Wirogunan",
    "Gentan", "Mancasan", "Siwal", "Kadilangu", "Jetis", "Gayam", "Joho", "Begajah", "Dalangan",
    "Manang", "Tiyaran", "Bulu", "Kedungsono", "Nguter", "Polokarto", "Bugel", "Mojolaban", "Palur",
    "Wirun", "Bekonang", "Tawangsari", "Lorog", "Weru", "Karangwuni", "Bendosari", "Mranggen",
)
POSITIONS_UMKM = ("Pemilik", "Pemilik", "Pemilik", "Pengelola", "Manajer")
POSITIONS_KOPERASI = ("Ketua", "Sekretaris", "Bendahara", "Manajer", "Pengurus", "Pengawas")
MOBILE_PREFIXES = (
    "811", "812", "813", "821", "822", "823", "851", "852", "853", "814", "815", "816", "855", "856",
    "857", "858", "817", "818", "819", "859", "877", "878", "895", "896", "897", "898", "899", "881",
    "882", "883",
)
VENUES = (
    "Aula Dinas Perdagangan, Koperasi dan UKM Kab. Sukoharjo",
    "Gedung Menara Wijaya, Sukoharjo",
    "Pendapa Graha Satya Praja, Sukoharjo",
)
EVENT_TITLE = "Sosialisasi Jaminan Sosial Ketenagakerjaan bagi UMKM dan Koperasi"
EVENT_ORGANIZER = "Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo"
EVENT_PARTNER = "BPJS Ketenagakerjaan Cabang Surakarta"
