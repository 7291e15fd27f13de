"""The end of an interview: what was answered, the engine's score and level, the plan, next commands."""

from __future__ import annotations

import shlex
from pathlib import Path

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.rule import Rule
from rich.table import Table

from hria.errors import display_path
from hria.interview.screens import counts
from hria.interview.session import Session
from hria.interview.texts import say
from hria.scoring import Result, score
from hria.scoring.texts import fmt


def result(session: Session) -> Result:
    return score(session.compiled, session.to_assessment())


def next_commands(session: Session) -> list[str]:
    """The exact commands that turn the session file into a report and a certificate."""
    file = shlex.quote(display_path(session.path))
    stem = Path(display_path(session.path)).name.removesuffix(".yaml").removesuffix(".assessment")
    pdf = shlex.quote(str(Path(display_path(session.path)).with_name(f"{stem}-report.pdf")))
    extra = f" --criteria {shlex.quote(display_path(session.criteria_file))}" if session.criteria_file else ""
    return [
        f"hria assess --resume {file}",
        f"hria score {file}{extra}",
        f"hria report {file} -o {pdf} --lang {session.lang}{extra}",
        f"hria certify {file} --body BODY_ID --auditor AUDITOR_ID",
    ]


def summary(session: Session, res: Result) -> RenderableType:
    lang = session.lang
    c = counts(session)
    level = say(lang, "level", name=res.level.name.in_(lang)) if res.level else ""
    overall = fmt(res.overall) if res.overall is not None else "-"
    colour = {"certified": "green", "not_certified": "red", "incomplete": "magenta"}[res.decision]
    parts: list[RenderableType] = [
        "", Rule(say(lang, "summary_title"), align="left", style="dim"),
        f"[bold]{escape(session.organisation.name.in_(lang))}[/bold]  {res.set_ref}",
        say(lang, "summary_counts", answered=c["answered"], na=c["na"], skipped=c["open"]),
        f"[bold {colour}]" + escape(say(lang, "summary_score", overall=overall,
                                       decision=say(lang, res.decision), level=level)) + f"[/bold {colour}]",
        *(f"  • {escape(m.in_(lang))}" for m in res.reasons),
    ]
    if res.plan:
        plan = Table(title=say(lang, "summary_plan"), title_justify="left", box=None, header_style="bold")
        for col in ("#", "", "→", "+"):
            plan.add_column(col, overflow="fold")
        model = session.criteria.model
        for a in res.plan[:5]:
            if a.kind == "criterion":
                what = f"{a.target} {model.criterion(a.target).title.in_(lang)}"
                move = f"{a.current_value}→{a.target_value}"
            else:
                what, move = a.target, "mitigate"
            plan.add_row(str(a.rank), escape(what), move, fmt(a.points_gained))
        parts += ["", plan]
    parts += ["", f"[bold]{say(lang, 'next_steps')}[/bold]",
              *(f"  {escape(cmd)}" for cmd in next_commands(session)), ""]
    return Group(*parts)
