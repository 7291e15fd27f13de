"""Editing the impact register during the interview (DIHR method), one validated field at a time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.markup import escape
from rich.table import Table

from hria import dates
from hria.interview.session import Session
from hria.interview.terminal import Terminal, ask_choice, ask_valid, confirm_date, split_list
from hria.interview.texts import Invalid, say
from hria.models.assessment import Impact, Mitigation
from hria.models.text import Lang

_CHOICES: dict[str, list[tuple[str, str, str]]] = {
    "involvement": [("cause", "ก่อให้เกิด", "cause"), ("contribute", "มีส่วนทำให้เกิด", "contribute"),
                    ("directly_linked", "เชื่อมโยงโดยตรง", "directly linked")],
    "kind": [("actual", "เกิดขึ้นแล้ว", "actual"), ("potential", "อาจเกิดขึ้น", "potential")],
    "status": [("open", "ยังไม่ดำเนินการ", "open"), ("mitigating", "กำลังบรรเทา", "mitigating"),
               ("mitigated", "บรรเทาแล้ว", "mitigated"), ("remediated", "เยียวยาแล้ว", "remediated")],
}

# (field, Thai label, English label, how it is typed)
_FIELDS: list[tuple[str, str, str, str]] = [
    ("id", "รหัส", "Id", "text"),
    ("description", "คำอธิบายผลกระทบ", "Description", "text"),
    ("rights", "สิทธิที่ได้รับผลกระทบ (คั่นด้วย ;)", "Rights affected (separate with ;)", "list"),
    ("rights_holders", "ผู้ทรงสิทธิ (คั่นด้วย ;)", "Rights-holders (separate with ;)", "list"),
    ("involvement", "ความเกี่ยวข้องขององค์กร", "Involvement", "choice"),
    ("kind", "ประเภท", "Kind", "choice"),
    ("scale", "ระดับความรุนแรง 1-4", "Scale 1-4", "rating"),
    ("scope", "ขอบเขต (จำนวนผู้ได้รับผลกระทบ) 1-4", "Scope (how many people) 1-4", "rating"),
    ("irremediability", "ความยากในการเยียวยา 1-4", "Irremediability 1-4", "rating"),
    ("likelihood", "โอกาสที่จะเกิด 1-4", "Likelihood 1-4", "rating"),
    ("measures", "มาตรการบรรเทา (คั่นด้วย ;)", "Mitigation measures (separate with ;)", "list?"),
    ("owner", "ผู้รับผิดชอบ", "Mitigation owner", "text?"),
    ("due", "กำหนดเสร็จ (เช่น 30/06/2569)", "Due date (e.g. 2026-06-30 or 30/06/2569)", "date?"),
    ("status", "สถานะ", "Status", "choice"),
]


def table(session: Session) -> Table:
    lang = session.lang
    t = Table(title=say(lang, "impacts_title", count=len(session.impacts)), title_justify="left",
              box=None, header_style="bold")
    for col in ("id", *(say(lang, k) for k in ("impact_rights", "severity", "likelihood", "status"))):
        t.add_column(col, overflow="fold")
    for i in session.impacts:
        t.add_row(i.id, escape("; ".join(i.rights)),
                  f"{i.severity} ({i.scale}+{i.scope}+{i.irremediability})", str(i.likelihood),
                  _choice_label(lang, "status", i.status))
    return t


def _choice_label(lang: Lang, field: str, value: str) -> str:
    return next((th if lang == "th" else en for v, th, en in _CHOICES[field] if v == value), value)


def _flat(impact: Impact | None) -> dict[str, Any]:
    if impact is None:
        return {}
    data = impact.model_dump()
    mitigation = data.pop("mitigation") or {}
    return {**data, "measures": mitigation.get("measures") or [], "owner": mitigation.get("owner"),
            "due": mitigation.get("due")}


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(value)
    return "" if value is None else str(value)


def _ask_field(term: Terminal, lang: Lang, field: str, label: str, how: str, current: Any) -> Any:
    if how == "choice":
        options = [(v, th if lang == "th" else en) for v, th, en in _CHOICES[field]]
        return ask_choice(term, lang, label, options, default=current)
    keep = f" [{_shown(current)}]" if current not in (None, [], "") else ""
    optional = how.endswith("?")

    def parse(text: str) -> Any:
        text = text.strip()
        if not text:
            if current not in (None, [], "") or optional:
                return current
            raise Invalid("err_required")
        if text == "-" and optional:
            return None
        if how.startswith("list"):
            return split_list(text)
        if how == "rating":
            if not (text.isdigit() and 1 <= int(text) <= 4):
                raise Invalid("err_number", numbers="1-4")
            return int(text)
        if how == "date?":
            return dates.parse(text)
        return text

    while True:
        value = ask_valid(term, lang, f"{label}{keep}: ", parse)
        if how != "date?" or not isinstance(value, dt.date) or value == current:
            return value
        if confirm_date(term, lang, value):
            return value


def _build(values: dict[str, Any]) -> Impact:
    data = {k: v for k, v in values.items() if k not in ("measures", "owner", "due")}
    if values.get("measures") or values.get("owner") or values.get("due"):
        data["mitigation"] = Mitigation(measures=values.get("measures") or [], owner=values.get("owner"),
                                        due=values.get("due"))
    return Impact.model_validate(data)


def _next_id(session: Session) -> str:
    taken = {i.id for i in session.impacts}
    return next(f"I-{n}" for n in range(1, len(taken) + 2) if f"I-{n}" not in taken)


def _new_id(session: Session, wanted: str) -> str:
    if wanted in {i.id for i in session.impacts}:
        raise Invalid("err_id_used", id=wanted)
    return wanted


def edit(term: Terminal, session: Session, impact: Impact | None) -> Impact:
    """Ask every field (Enter keeps the current value) and return the validated impact."""
    lang = session.lang
    values = _flat(impact) or {"id": _next_id(session)}
    while True:
        for field, th, en, how in _FIELDS:
            if field == "id" and impact is not None:
                continue  # an impact keeps its id; delete and add to renumber
            label = th if lang == "th" else en
            if field == "id":
                suggested = str(values["id"])

                def new_id(text: str, suggested: str = suggested) -> str:
                    return _new_id(session, text.strip() or suggested)

                values["id"] = ask_valid(term, lang, f"{label} [{suggested}]: ", new_id)
            else:
                values[field] = _ask_field(term, lang, field, label, how, values.get(field))
        try:
            return _build(values)
        except ValueError as exc:
            term.error(say(lang, "invalid_value", error=str(exc)))
