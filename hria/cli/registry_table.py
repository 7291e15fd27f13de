"""The table of `hria registry list` for people: whole serials and dates at 80 columns, level
and status in the run's language.

Serials and dates never wrap or shrink (a cut serial cannot be looked up); the set goes
under the organisation's names, and the organisation's column takes what is left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from hria.cli.common import markup_safe, safe_text
from hria.cli.texts import say
from hria.scoring.texts import CERTIFICATE_STATUS
from hria.terminal_text import Wrapped

if TYPE_CHECKING:
    from hria.registry import CertificateRecord


@cache
def level_name(set_ref: str, level_id: str, lang: str) -> str:
    """A level by its name in the installed set; its id when the set is not installed."""
    from hria.certificates.evidence import level_names

    names = level_names(set_ref, level_id)
    return (names[0] if lang == "th" else names[1]) if names else level_id


def certificate_table(records: Sequence[CertificateRecord], today: dt.date, lang: str) -> Table:
    table = Table(title=say("registry.list_title", lang) + f" ({len(records)})", box=box.SIMPLE_HEAD,
                  padding=(0, 1), pad_edge=False, title_justify="left")
    table.add_column(say("registry.col.serial", lang), no_wrap=True, min_width=16)
    table.add_column(say("registry.col.organisation", lang), ratio=1)
    table.add_column(say("registry.col.level", lang))
    table.add_column(say("registry.col.expires", lang), no_wrap=True, min_width=10)
    table.add_column(say("registry.col.status", lang), no_wrap=True)
    for r in records:
        status = r.effective_status(today)
        # Thai has no spaces between words: wrapped at word boundaries before Rich sees it
        names = Group(Wrapped(safe_text(r.organisation_name_th)), Wrapped(safe_text(r.organisation_name_en)),
                      Text(safe_text(r.set_ref), style="dim", overflow="fold"))
        level = f"{markup_safe(level_name(r.set_ref, r.level, lang))}\n[dim]{r.score:.2f}[/dim]"
        table.add_row(r.serial, names, level, _dates(r, today, lang),
                      CERTIFICATE_STATUS.get(status, status) if lang == "th" else status)
    return table


def _dates(r: CertificateRecord, today: dt.date, lang: str) -> str:
    """The expiry, and under it the next surveillance visit (red once it is overdue)."""
    due = r.surveillance_due
    if due is None:
        return r.expires_on.isoformat()
    if due < today:
        return f"{r.expires_on.isoformat()}\n[red]{say('registry.overdue', lang, date=due.isoformat())}[/red]"
    return f"{r.expires_on.isoformat()}\n[dim]{say('registry.due', lang, date=due.isoformat())}[/dim]"
