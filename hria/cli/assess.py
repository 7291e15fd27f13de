"""`hria assess` — the auditor's interactive interview, saved after every answer."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from hria.cli.common import HriaGroup, Lang, console, error_text_of, fail, print_problems

if TYPE_CHECKING:
    from hria.criteria_sets import LoadedSet
    from hria.interview.session import Session
    from hria.interview.terminal import Terminal
    from hria.models.text import Lang as TextLang


def _text_lang(lang: Lang | None) -> TextLang:
    return "en" if lang is Lang.en else "th"




def assess(
    set_ref: str = typer.Option(None, "--set", metavar="SET[@VERSION]|FILE"),
    set_type: str = typer.Option(None, "--type", metavar="TYPE"),
    profile: Path = typer.Option(None, "--profile", metavar="FILE"),
    lang: Lang = typer.Option(None, "--lang"),
    output: Path = typer.Option(None, "-o", "--output", metavar="SESSION_FILE"),
    resume: Path = typer.Option(None, "--resume", metavar="SESSION_FILE"),
) -> None:
    for what, stream in (("stdin", sys.stdin), ("stdout", sys.stdout)):
        if not stream.isatty():
            fail(error_text_of(f"assess.no_terminal.{what}", HriaGroup.lang))
    with contextlib.suppress(ImportError):  # Windows has no readline
        import readline  # noqa: F401  (line editing and history for input())
    from hria.interview.interview import Interview
    from hria.interview.terminal import Terminal

    term = Terminal(console())
    try:
        if resume is not None:
            if set_type or profile or output:
                fail(error_text_of("assess.resume_options", HriaGroup.lang))
            session = _resume(term, resume, set_ref, lang)
        else:
            session = _start(term, set_ref, set_type, profile, lang, output)
    except (KeyboardInterrupt, EOFError):
        term.show("")
        fail(error_text_of("assess.stopped", HriaGroup.lang))
    Interview(term, session).run()


def _resume(term: Terminal, path: Path, set_ref: str | None, lang: Lang | None) -> Session:
    from hria.errors import display_path
    from hria.interview import store

    try:
        session = store.load(path, set_ref)
    except store.SessionRefused as exc:
        print_problems(exc.problems)
        fail(error_text_of("assess.cannot_resume", HriaGroup.lang, file=exc.file))
    if lang is not None:
        session.lang = _text_lang(lang)
    done = sum(1 for a in session.answers.values() if a.answered)
    term.show(f"[bold]{session.criteria.ref}[/bold]  "
              + _say(session, "resumed", file=display_path(path), done=done))
    _ahead(term, session)
    return session


def _say(session: Session, key: str, **values: object) -> str:
    from hria.interview.texts import say

    return say(session.lang, key, **values)


def _ahead(term: Terminal, session: Session) -> None:
    """How many questions lie ahead, before the first one."""
    from hria.errors import display_path

    applicable = session.applicable()
    pending = len(applicable.pending)
    more = _say(session, "start_more", count=pending) if pending else ""
    term.show(_say(session, "start", count=len(applicable.now), more=more))
    term.show(f"[dim]{_say(session, 'session_file', file=display_path(session.path))}[/dim]")


def _choose_set(term: Terminal, lang: TextLang) -> LoadedSet:
    from hria import criteria_sets
    from hria.interview.terminal import ask_choice

    loaded = [criteria_sets.load(set_id) for set_id in sorted({f.id for f in criteria_sets.set_files()})]
    options = [(s.ref, f"{s.ref}  {s.model.title.in_(lang)}") for s in loaded]
    chosen = ask_choice(term, lang, "ชุดเกณฑ์ / criteria set", options)
    return next(s for s in loaded if s.ref == chosen)


def _default_output(set_id: str) -> Path:
    stem = f"{set_id}-{dt.date.today().isoformat()}"
    path, n = Path(f"{stem}.assessment.yaml"), 2
    while path.exists():
        path, n = Path(f"{stem}-{n}.assessment.yaml"), n + 1
    return path


def _set_of_type(set_type: str) -> str:
    """The criteria set id for an organisation type of the vocabulary, given by its id or its set's."""
    from hria.loading.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    entry = vocab.organisation_type(set_type)
    if entry is None:
        known = ", ".join(f"{t.id} ({t.set})" for t in vocab.organisation_types)
        fail(error_text_of("assess.unknown_type", HriaGroup.lang, type=set_type, known=known))
    return entry.set


def _start(term: Terminal, set_ref: str | None, set_type: str | None, profile: Path | None,
           lang: Lang | None, output: Path | None) -> Session:
    from hria import criteria_sets
    from hria.errors import display_path
    from hria.interview import profile as profiles
    from hria.interview import store
    from hria.interview.session import Session
    from hria.loading.paths import criteria_dirs
    from hria.scoring import compile_set

    text_lang = _text_lang(lang)
    if set_ref and set_type:
        fail(error_text_of("assess.set_or_type", HriaGroup.lang))
    if output is not None and output.exists():
        fail(error_text_of("assess.exists", HriaGroup.lang, path=display_path(output)))
    if set_ref or set_type:
        loaded = criteria_sets.load(set_ref or _set_of_type(str(set_type)))
    else:
        loaded = _choose_set(term, text_lang)
    cs = loaded.model
    term.show(f"[bold]{cs.ref}[/bold]  {cs.title.in_(text_lang)}")
    given = profiles.from_file(profile, cs) if profile else None
    if given is not None:
        organisation = given.organisation
    else:
        term.show(f"[bold]{'ข้อมูลองค์กร' if text_lang == 'th' else 'Organisation profile'}[/bold]")
        organisation = profiles.ask_organisation(term, text_lang, cs)
    assessor = given.assessor if given and given.assessor else profiles.ask_assessor(term, text_lang)
    in_folders = loaded.path.resolve().parent.parent in {d.resolve() for d in criteria_dirs()}
    session = Session(
        criteria=loaded, compiled=compile_set(cs, loaded.content_hash),
        path=output or _default_output(cs.id), organisation=organisation, assessor=assessor,
        assessed_on=dt.date.today(), lang=text_lang,
        criteria_file=None if in_folders else loaded.path,
    )
    store.save(session)
    _ahead(term, session)
    return session
