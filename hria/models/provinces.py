"""Thailand's 77 provinces (76 จังหวัด and Bangkok), in Thai and English.

An assessment names its organisation's province by id (``chiang_mai``), by its
Thai name (``เชียงใหม่``) or by its English name in any common spelling
(``Chiang Mai``, ``Chonburi`` / ``Chon Buri``); all become the id.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache

from hria.errors import InvalidValue


@dataclass(frozen=True)
class Province:
    id: str
    th: str
    en: str


def _p(th: str, en: str) -> Province:
    return Province(en.lower().replace(" ", "_"), th, en)


PROVINCES: tuple[Province, ...] = (
    _p("กรุงเทพมหานคร", "Bangkok"),
    _p("อำนาจเจริญ", "Amnat Charoen"),
    _p("อ่างทอง", "Ang Thong"),
    _p("บึงกาฬ", "Bueng Kan"),
    _p("บุรีรัมย์", "Buriram"),
    _p("ฉะเชิงเทรา", "Chachoengsao"),
    _p("ชัยนาท", "Chai Nat"),
    _p("ชัยภูมิ", "Chaiyaphum"),
    _p("จันทบุรี", "Chanthaburi"),
    _p("เชียงใหม่", "Chiang Mai"),
    _p("เชียงราย", "Chiang Rai"),
    _p("ชลบุรี", "Chonburi"),
    _p("ชุมพร", "Chumphon"),
    _p("กาฬสินธุ์", "Kalasin"),
    _p("กำแพงเพชร", "Kamphaeng Phet"),
    _p("กาญจนบุรี", "Kanchanaburi"),
    _p("ขอนแก่น", "Khon Kaen"),
    _p("กระบี่", "Krabi"),
    _p("ลำปาง", "Lampang"),
    _p("ลำพูน", "Lamphun"),
    _p("เลย", "Loei"),
    _p("ลพบุรี", "Lopburi"),
    _p("แม่ฮ่องสอน", "Mae Hong Son"),
    _p("มหาสารคาม", "Maha Sarakham"),
    _p("มุกดาหาร", "Mukdahan"),
    _p("นครนายก", "Nakhon Nayok"),
    _p("นครปฐม", "Nakhon Pathom"),
    _p("นครพนม", "Nakhon Phanom"),
    _p("นครราชสีมา", "Nakhon Ratchasima"),
    _p("นครสวรรค์", "Nakhon Sawan"),
    _p("นครศรีธรรมราช", "Nakhon Si Thammarat"),
    _p("น่าน", "Nan"),
    _p("นราธิวาส", "Narathiwat"),
    _p("หนองบัวลำภู", "Nong Bua Lamphu"),
    _p("หนองคาย", "Nong Khai"),
    _p("นนทบุรี", "Nonthaburi"),
    _p("ปทุมธานี", "Pathum Thani"),
    _p("ปัตตานี", "Pattani"),
    _p("พังงา", "Phang Nga"),
    _p("พัทลุง", "Phatthalung"),
    _p("พะเยา", "Phayao"),
    _p("เพชรบูรณ์", "Phetchabun"),
    _p("เพชรบุรี", "Phetchaburi"),
    _p("พิจิตร", "Phichit"),
    _p("พิษณุโลก", "Phitsanulok"),
    _p("พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya"),
    _p("แพร่", "Phrae"),
    _p("ภูเก็ต", "Phuket"),
    _p("ปราจีนบุรี", "Prachinburi"),
    _p("ประจวบคีรีขันธ์", "Prachuap Khiri Khan"),
    _p("ระนอง", "Ranong"),
    _p("ราชบุรี", "Ratchaburi"),
    _p("ระยอง", "Rayong"),
    _p("ร้อยเอ็ด", "Roi Et"),
    _p("สระแก้ว", "Sa Kaeo"),
    _p("สกลนคร", "Sakon Nakhon"),
    _p("สมุทรปราการ", "Samut Prakan"),
    _p("สมุทรสาคร", "Samut Sakhon"),
    _p("สมุทรสงคราม", "Samut Songkhram"),
    _p("สระบุรี", "Saraburi"),
    _p("สตูล", "Satun"),
    _p("สิงห์บุรี", "Sing Buri"),
    _p("ศรีสะเกษ", "Sisaket"),
    _p("สงขลา", "Songkhla"),
    _p("สุโขทัย", "Sukhothai"),
    _p("สุพรรณบุรี", "Suphan Buri"),
    _p("สุราษฎร์ธานี", "Surat Thani"),
    _p("สุรินทร์", "Surin"),
    _p("ตาก", "Tak"),
    _p("ตรัง", "Trang"),
    _p("ตราด", "Trat"),
    _p("อุบลราชธานี", "Ubon Ratchathani"),
    _p("อุดรธานี", "Udon Thani"),
    _p("อุทัยธานี", "Uthai Thani"),
    _p("อุตรดิตถ์", "Uttaradit"),
    _p("ยะลา", "Yala"),
    _p("ยโสธร", "Yasothon"),
)

# Names people write that the official romanisation above does not cover.
_ALIASES = {
    "krung_thep_maha_nakhon": "bangkok", "กรุงเทพ": "bangkok", "กรุงเทพฯ": "bangkok",
    "ayutthaya": "phra_nakhon_si_ayutthaya", "อยุธยา": "phra_nakhon_si_ayutthaya",
    "korat": "nakhon_ratchasima", "โคราช": "nakhon_ratchasima",
    "si_sa_ket": "sisaket", "chon_buri": "chonburi", "lop_buri": "lopburi",
    "buri_ram": "buriram", "prachin_buri": "prachinburi", "singburi": "sing_buri",
    "suphanburi": "suphan_buri", "chainat": "chai_nat", "phangnga": "phang_nga",
}


def _key(name: str) -> str:
    """Spelling-insensitive key: case, spaces, hyphens and underscores do not matter."""
    return "".join(ch for ch in name.casefold() if ch not in " -_.")


@cache
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for p in PROVINCES:
        for name in (p.id, p.th, p.en):
            index[_key(name)] = p.id
    for alias, pid in _ALIASES.items():
        index[_key(alias)] = pid
    return index


BY_ID: dict[str, Province] = {p.id: p for p in PROVINCES}


def find(name: str) -> Province | None:
    """The province ``name`` refers to (id, Thai or English name), or None."""
    pid = _index().get(_key(name))
    return BY_ID[pid] if pid else None


def normalise(value: object) -> object:
    """Pydantic before-validator: a province name or id becomes the id, or a clear error."""
    if not isinstance(value, str):
        return value
    found = find(value)
    if found:
        return found.id
    close = difflib.get_close_matches(_key(value), list(_index()), n=1, cutoff=0.75)
    if close:
        raise InvalidValue("value.province_close", value=repr(value), close=_index()[close[0]])
    raise InvalidValue("value.province", value=repr(value))
