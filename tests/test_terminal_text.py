"""Thai wraps at word boundaries in the terminal, with hanging indents, never mid-syllable."""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.console import Console

from hria.interview.texts import TEXTS
from hria.terminal_text import Wrapped, pieces, wrap, wrap_items

GUIDANCE = ("องค์กรปกครองส่วนท้องถิ่นต้องพิสูจน์ว่ามีนโยบายด้านสิทธิมนุษยชนที่ผ่านความเห็นชอบของผู้บริหารสูงสุด"
            "และเผยแพร่ต่อสาธารณะ รวมทั้งสื่อสารให้บุคลากรทุกระดับทราบ")


def test_libthai_finds_the_words() -> None:
    assert pieces("องค์กรปกครองส่วนท้องถิ่นต้องพิสูจน์") == ["องค์กร", "ปกครอง", "ส่วน", "ท้องถิ่น", "ต้อง",
                                                           "พิสูจน์"]
    assert pieces("นโยบาย (policy) 2569") == ["นโยบาย ", "(policy) ", "2569"]


def test_lines_fit_break_between_words_and_hang() -> None:
    lines = wrap(GUIDANCE, 40, "  • ")
    assert all(cell_len(line) <= 40 for line in lines)
    assert lines[0].startswith("  • ") and all(line.startswith("    ") for line in lines[1:])
    assert "".join(line[4:].strip() for line in lines).replace(" ", "") == GUIDANCE.replace(" ", "")
    boundaries, at = set(), 0
    for piece in pieces(GUIDANCE):
        at += len(piece.replace(" ", ""))
        boundaries.add(at)
    ends, at = set(), 0
    for line in lines:
        at += len(line[4:].replace(" ", ""))
        ends.add(at)
    assert ends <= boundaries  # every line ends where a word does
    assert all(not line.endswith(("ท้", "พิสูจ")) for line in lines)  # the breaks the issue saw


def test_rich_gets_the_lines_at_its_width() -> None:
    out = io.StringIO()
    Console(file=out, width=30, color_system=None).print(Wrapped(GUIDANCE, prefix="[bold]1[/bold]  "))
    printed = out.getvalue().splitlines()
    assert printed == wrap(GUIDANCE, 30, "1  ")
    assert all(cell_len(line) <= 30 for line in printed)


def test_a_list_of_commands_breaks_between_commands_not_inside_one() -> None:
    commands = TEXTS["commands"][0].split(" · ")
    lines = wrap_items(commands, 80, " · ")
    assert lines == ["? คำแนะนำ · b ย้อนกลับ · s ข้าม · m ทำเครื่องหมาย · j รหัส ไปที่ข้อ · r ทบทวน",
                     "i ทะเบียนผลกระทบ · l English · q บันทึกและออก"]
    narrow = wrap_items(commands, 40, " · ")
    assert all(cell_len(line) <= 40 for line in narrow)
    assert [item for line in narrow for item in line.split(" · ")] == commands
    # one item wider than the line is wrapped on its own, at word boundaries
    assert wrap_items(["ก", "ทะเบียนผลกระทบด้านสิทธิมนุษยชน"], 12, " · ") == \
        ["ก", *wrap("ทะเบียนผลกระทบด้านสิทธิมนุษยชน", 12)]


def test_a_bracket_stays_with_the_thai_word_it_opens_or_closes() -> None:
    name = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน (ตัวอย่างสมมติ)"
    assert not any(p.endswith("(") for p in pieces(name))
    assert "(ตัวอย่าง" in pieces(name)
    for columns in range(12, 40):
        lines = wrap(name, columns)
        assert not any(line.rstrip().endswith("(") for line in lines), lines
        assert not any(line.lstrip().startswith(")") for line in lines), lines
        assert "".join(lines).replace(" ", "") == name.replace(" ", "")
