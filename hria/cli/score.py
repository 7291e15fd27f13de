"""`hria score` — score assessments: decision, level, domains, gates and the top corrective actions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from hria.cli.common import (
    EXIT_FAILED_CHECK,
    JsonOption,
    Lang,
    LangOption,
    console,
    markup_safe,
    print_json,
)
from hria.scoring.texts import EXPLAIN, SUMMARY, words

if TYPE_CHECKING:
    from rich.console import RenderableType

    from hria.assessments import LoadedAssessment
    from hria.models.text import Lang as TextLang
    from hria.scoring import CompiledSet, Result
    from hria.scoring.explain import Explanation



def score(
    files: list[Path] = typer.Argument(..., metavar="FILE..."),
    criteria: str = typer.Option(
        None, "--criteria", metavar="SET[@VERSION]|FILE"),
    explain: str = typer.Option(None, "--explain", metavar="CRITERION"),
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    from hria import assessments
    from hria.errors import UsageError, display_path
    from hria.scoring import compile_set
    from hria.scoring import score as score_one
    from hria.scoring.explain import explain as explain_one

    text_lang: TextLang = "th" if lang is Lang.th else "en"
    loaded = assessments.load_many(files, criteria)
    compiled: dict[str, CompiledSet] = {}
    outputs: list[dict[str, Any]] = []
    certified = True
    out = console()
    for item in loaded:
        key = item.criteria.content_hash
        if key not in compiled:
            compiled[key] = compile_set(item.criteria.model, key)
        cs = compiled[key]
        result = score_one(cs, item.model)
        certified = certified and result.decision == "certified"
        head = {"file": display_path(item.path)}
        if explain:
            if explain not in cs.by_id:
                raise UsageError(code="set.no_criterion", set=cs.ref, criterion=explain)
            explanation = explain_one(cs, item.model, explain, result)
            if as_json:
                outputs.append({**head, "explanation": explanation.to_json()})
            else:
                out.print(_explanation_view(explanation, cs, text_lang))
        elif as_json:
            outputs.append({**head, **result.to_json()})
        else:
            out.print(_summary_view(result, cs, item, text_lang, out.width))
    if as_json:
        print_json(outputs[0] if len(outputs) == 1 else outputs)
    if not certified:
        raise typer.Exit(EXIT_FAILED_CHECK)


def _domain_name(domain_id: str, lang: TextLang) -> str:
    from hria.loading.vocabulary import load_vocabulary

    found = [d for d in load_vocabulary().domains if d.id == domain_id]
    return markup_safe(found[0].name.in_(lang) if found else domain_id)


def _title(cs: CompiledSet, criterion_id: str, lang: TextLang) -> str:
    return markup_safe(cs.model.criterion(criterion_id).title.in_(lang))


def _level_name(cs: CompiledSet, level_id: str, lang: TextLang) -> str:
    found = [lv for lv in cs.model.levels if lv.id == level_id]
    return found[0].name.in_(lang) if found else level_id


def _n(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def _cell(text: str, cells: int) -> str:
    """Text wrapped at Thai word boundaries for a table column ``cells`` wide (Rich would fold it)."""
    from hria.terminal_text import wrap

    return "\n".join(wrap(text, cells))


def _summary_view(result: Result, cs: CompiledSet, item: LoadedAssessment, lang: TextLang,
                  columns: int = 80) -> RenderableType:
    from rich.console import Group
    from rich.table import Table

    t = words(SUMMARY, lang)
    data = result.to_json()
    colour = {"certified": "green", "not_certified": "red", "incomplete": "yellow"}[result.decision]
    level = f" — {t['level']} {result.level.name.in_(lang)}" if result.level else ""
    parts: list[RenderableType] = [
        f"[bold]{markup_safe(item.model.organisation.name.in_(lang))}[/bold]  {result.set_ref}  "
        f"[dim]{result.content_hash[:19]}…[/dim]",
        f"{t['decision']}: [bold {colour}]{t[result.decision]}{level}[/bold {colour}]   "
        f"{t['overall']} [bold]{_n(data['overall'])}[/bold] / 100",
    ]
    parts += [f"  • {markup_safe(m.in_(lang))}" for m in result.reasons]
    domains = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for col in (t["domain"], t["share"], t["score"], t["floor"], t["counted"]):
        domains.add_column(col, justify="left" if col == t["domain"] else "right")
    for d in data["domains"]:
        c = d["criteria"]
        score = (_n(d["score"]) if d["included"]
                 else t["missing"] if c["missing"] else t["excluded"])
        if d["floor_passed"] is False:
            score = f"[red]{score}[/red]"
        domains.add_row(_domain_name(d["id"], lang), _n(d["share"]), score, _n(d["floor"]),
                        f"{c['counted']}/{c['not_applicable']}/{c['skipped']}")
    parts += ["", domains]
    if result.gates:
        gates = Table(title=t["gates"], title_justify="left", box=None, header_style="bold")
        for col in (t["criterion"], t["needs"], t["value"], t["status"]):
            gates.add_column(col)
        for g in result.gates:
            mark = {"passed": "[green]✓[/green]", "failed": "[red]✗[/red]"}.get(g.status, "·")
            gates.add_row(_cell(f"{g.criterion} {_title(cs, g.criterion, lang)}", max(24, columns - 32)),
                          f"≥{g.at_least}",
                          "-" if g.value is None else str(g.value), f"{mark} {t.get(g.status, g.status)}")
        parts += ["", gates]
    blocking = [i for i in result.impacts if i.blocking]
    if blocking:
        parts += ["", f"[bold red]{t['impacts']}[/bold red]"]
        parts += ["  " + t["impact_line"].format(id=i.id, severity=i.severity,
                                                 status=t.get(i.status, i.status)) for i in blocking]
    if result.plan:
        actions = Table(title=t["actions"], title_justify="left", box=None, header_style="bold")
        # Fixed widths that add up to the terminal's (80 columns: 23 for the criterion), every
        # cell wrapped at Thai word boundaries beforehand so Rich never cuts one short.
        what_width = max(20, columns - 57)
        for col, cells in (("#", 2), (t["criterion"], what_width), ("→", 4), (t["gain"], 10),
                           (t["unlocks"], 11), (t["after"], 18)):
            actions.add_column(col, width=cells, no_wrap=True)
        for a in result.plan[:5]:
            level_after = f"\n({_level_name(cs, a.level_after, lang)})" if a.level_after else ""
            after = t[a.decision_after] + level_after
            what = a.target if a.kind == "impact" else f"{a.target} {_title(cs, a.target, lang)}"
            passes = t["gate_passed"].format(ids=", ".join(a.gates_passed))
            gates_note = f"\n[green]{_cell(passes, what_width)}[/green]" if a.gates_passed else ""
            actions.add_row(str(a.rank), _cell(what, what_width) + gates_note,
                            f"{a.current_value}→{a.target_value}" if a.kind == "criterion" else t["mitigate"],
                            _n(a.to_json()["points_gained"]), "\n".join(a.unlocks) or "-", _cell(after, 18))
        parts += ["", actions]
    if result.missing:
        parts += ["", f"[yellow]{t['missing']}:[/yellow] {', '.join(result.missing)}"]
    if result.ignored_answers:
        parts += [f"[dim]{t['ignored']}: {', '.join(result.ignored_answers)}[/dim]"]
    return Group(*parts, "")




def _explanation_view(e: Explanation, cs: CompiledSet, lang: TextLang) -> RenderableType:
    from rich.console import Group
    from rich.markup import escape

    w, t = words(EXPLAIN, lang), words(SUMMARY, lang)
    data = e.to_json()
    c = e.criterion
    model = cs.model.criterion(c.id)
    labels = cs.model.labels_of(model)

    def decided(d: dict[str, Any]) -> str:
        return t[d["decision"]] + (f" ({_level_name(cs, d['level'], lang)})" if d["level"] else "")

    lines: list[RenderableType] = [
        f"[bold]{c.id}[/bold] {markup_safe(model.title.in_(lang))} — {_domain_name(c.domain, lang)}",
        w["applicability"].format(text=markup_safe(c.applicability.in_(lang))),
    ]
    if c.value is not None:
        lines.append(w["answer"].format(value=c.value, label=markup_safe(labels[c.value].in_(lang)),
                                        max=c.max_value))
    else:
        lines.append(w["state"].format(state=w.get(f"state.{c.state}", c.state)))
    for link in data["depends_on"]:
        cap = w["cap"].format(cap=link["cap"]) if link["kind"] == "prerequisite" else ""
        lines.append(w["link"].format(kind=w[link["kind"]], criterion=link["criterion"],
                                      at_least=link["at_least"], cap=cap,
                                      value=link["value"] if link["value"] is not None else "-",
                                      mark="✓" if link["met"] else "✗"))
    if c.score is not None:
        how = f"{c.effective_value}/{c.max_value} × 100 = {_n(data['criterion']['score'])}"
        if c.cap_reason:
            how = f"{markup_safe(c.cap_reason.in_(lang))} → {how}"
        lines.append(w["score"].format(how=how))
        lines.append(w["domain"].format(share=_n(data["share_in_domain"]),
                                        points=_n(data["points_in_domain"]), of=_n(data["domain"]["score"])))
        lines.append(w["overall"].format(share=_n(data["share_in_overall"]),
                                         points=_n(data["points_in_overall"]),
                                         of=_n(data["current"]["overall"])))
    if c.must_pass is not None:
        lines.append(w["must_pass"].format(at_least=c.must_pass))
    # What this criterion does to the decision (a failed gate or non-negotiable, in words).
    lines += [f"  → {escape(m.in_(lang))}" for m in e.result.reasons if m.subject == c.id]
    now = data["current"]
    lines.append(w["now"].format(overall=_n(now["overall"]), decision=decided(now)))
    for name in ("if_max", "if_zero"):
        s = data[name]
        if s is not None:
            lines.append(w["if"].format(value=s["value"], overall=_n(s["overall"]),
                                        change=f"{s['overall_change']:+.2f}", decision=decided(s))
                         + (w["unlocks"].format(ids=", ".join(s["unlocks"])) if s["unlocks"] else ""))
    if e.downstream:
        lines.append(w["downstream"].format(ids=", ".join(e.downstream)))
    return Group(*lines, "")
