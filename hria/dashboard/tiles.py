"""The 77 provinces as a tile grid: one square each, placed roughly where the province lies.

No map data to fetch or license: rows run north to south, columns west to east, and the
shape of the country (the north, the Isan plateau, the central plain, the east coast and
the southern peninsula) stays recognisable.
"""

from __future__ import annotations

_ROWS: tuple[tuple[tuple[str, int], ...], ...] = (
    (("chiang_rai", 4),),
    (("mae_hong_son", 2), ("chiang_mai", 3), ("phayao", 4), ("nan", 5)),
    (("lamphun", 3), ("lampang", 4), ("phrae", 5), ("nong_khai", 8), ("bueng_kan", 9)),
    (("tak", 2), ("sukhothai", 3), ("uttaradit", 4), ("loei", 6), ("nong_bua_lamphu", 7), ("udon_thani", 8),
     ("sakon_nakhon", 9), ("nakhon_phanom", 10)),
    (("kamphaeng_phet", 3), ("phitsanulok", 4), ("phetchabun", 5), ("chaiyaphum", 6), ("khon_kaen", 7),
     ("kalasin", 8), ("mukdahan", 9)),
    (("nakhon_sawan", 3), ("phichit", 4), ("lopburi", 5), ("nakhon_ratchasima", 6), ("maha_sarakham", 7),
     ("roi_et", 8), ("yasothon", 9), ("amnat_charoen", 10)),
    (("uthai_thani", 2), ("chai_nat", 3), ("sing_buri", 4), ("saraburi", 5), ("buriram", 7), ("surin", 8),
     ("sisaket", 9), ("ubon_ratchathani", 10)),
    (("kanchanaburi", 1), ("suphan_buri", 2), ("ang_thong", 3), ("phra_nakhon_si_ayutthaya", 4),
     ("nakhon_nayok", 5), ("prachinburi", 6), ("sa_kaeo", 7)),
    (("ratchaburi", 1), ("nakhon_pathom", 2), ("nonthaburi", 3), ("pathum_thani", 4), ("chachoengsao", 5)),
    (("samut_songkhram", 1), ("samut_sakhon", 2), ("bangkok", 3), ("samut_prakan", 4), ("chonburi", 5)),
    (("phetchaburi", 1), ("rayong", 5), ("chanthaburi", 6), ("trat", 7)),
    (("prachuap_khiri_khan", 1),),
    (("chumphon", 1),),
    (("ranong", 0), ("surat_thani", 1)),
    (("phang_nga", 0), ("krabi", 1), ("nakhon_si_thammarat", 2)),
    (("phuket", 0), ("trang", 1), ("phatthalung", 2)),
    (("satun", 1), ("songkhla", 2), ("pattani", 3)),
    (("yala", 3), ("narathiwat", 4)),
)

TILES: dict[str, tuple[int, int]] = {pid: (row, col) for row, line in enumerate(_ROWS) for pid, col in line}
"""Province id -> (row, column), both from 0."""

ROWS = len(_ROWS)
COLUMNS = 1 + max(col for line in _ROWS for _, col in line)

TILE_NAMES_TH: dict[str, str] = {
    "bangkok": "กรุงเทพฯ", "phra_nakhon_si_ayutthaya": "อยุธยา", "prachuap_khiri_khan": "ประจวบฯ",
    "nakhon_si_thammarat": "นครศรีฯ",
}
"""The customary short Thai names of the provinces whose full name cannot fit a tile (libthai finds no
break inside "ประจวบคีรีขันธ์"); the tile's tooltip and the table below it keep the full name."""

LONG_TILE_NAME = 10
"""A tile name of this many characters or more is set smaller (สมุทรสงคราม, หนองบัวลำภู)."""
