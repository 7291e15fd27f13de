"""The interview loop: one question at a time, every answer saved before the next is asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from rich.markup import escape

from hria.errors import display_path
from hria.interview import finish, impacts, navigation, screens, store
from hria.interview.applicability import Change
from hria.interview.commands import Command, parse
from hria.interview.session import Session
from hria.interview.terminal import Terminal, split_list
from hria.interview.texts import say
from hria.models.criteria import Criterion

Outcome = Literal["finished", "quit"]


class Interview:
    def __init__(self, term: Terminal, session: Session,
                 save: Callable[[Session], None] = store.save):
        self.term = term
        self.s = session
        self._save = save

    @property
    def lang(self) -> Literal["th", "en"]:
        return self.s.lang

    def save(self) -> None:
        self._save(self.s)

    def run(self) -> Outcome:
        s = self.s
        if s.cursor is None or s.cursor not in s.applicable().now:
            s.cursor = navigation.following(s.order, s.applicable().now, s.cursor)
        while True:
            try:
                outcome = self._end() if self.s.cursor is None else self._question(self.s.cursor)
            except EOFError:
                return self._quit()
            except KeyboardInterrupt:
                self.term.show("")
                if self._confirm_quit():
                    return self._quit()
                continue
            if outcome is not None:
                return outcome

    # One question: show it, then read commands until one moves on.

    def _question(self, cid: str) -> Outcome | None:
        c = self.s.criteria.model.criterion(cid)
        self.term.show(screens.question(self.s, c))
        while True:
            cmd = parse(self.term.ask(say(self.lang, "answer_prompt", choices=screens.choices(self.s, c))))
            outcome, moved = self._act(c, cmd)
            if outcome is not None:
                return outcome
            if moved:
                return None

    def _act(self, c: Criterion, cmd: Command) -> tuple[Outcome | None, bool]:
        """Carry out ``cmd``; True when the screen must change (another question or a redraw)."""
        s, lang = self.s, self.lang
        if cmd.action == "value" and cmd.value is not None:
            top = s.criteria.model.scale_of(c).max_value
            if cmd.value > top:
                self.term.error(say(lang, "invalid_answer", text=cmd.text, choices=screens.choices(s, c)))
                return None, False
            self._answered(c, s.record_value(c.id, cmd.value))
        elif cmd.action == "not_applicable":
            if s.criteria.model.non_negotiable(c.id) is not None:
                self.term.error(say(lang, "na_non_negotiable", id=c.id))
                return None, False
            if c.not_applicable is None:
                self.term.error(say(lang, "na_not_allowed", id=c.id))
                return None, False
            default = c.not_applicable.reason.in_(lang)
            reason = self.term.ask(say(lang, "na_reason_prompt", default=default)).strip() or default
            self._answered(c, s.record_not_applicable(c.id, reason))
        elif cmd.action == "keep":
            if not s.answered(c.id):
                self.term.error(say(lang, "need_answer"))
                return None, False
            self._advance(c.id)
        elif cmd.action == "skip":
            self._advance(c.id)
        elif cmd.action == "back":
            previous = navigation.preceding(s.order, s.applicable().now, c.id)
            if previous is None:
                self.term.error(say(lang, "first_question"))
                return None, False
            self._move(previous)
        elif cmd.action == "mark":
            if s.toggle_mark(c.id):
                self.term.show(f"[bold magenta]{say(lang, 'marked_now', id=c.id)}[/bold magenta]")
                self._advance(c.id)
            else:
                self.term.show(say(lang, "unmarked_now", id=c.id))
                self.save()
        elif cmd.action == "jump":
            return None, self._jump(cmd.argument)
        elif cmd.action == "help":
            self.term.show(screens.guidance(s, c))
            return None, False
        elif cmd.action == "review":
            self.term.show(screens.review(s))
        elif cmd.action == "lang":
            s.lang = "en" if lang == "th" else "th"
            self.save()
        elif cmd.action == "impacts":
            self._impacts()
        elif cmd.action == "quit":
            return self._quit(), True
        else:
            self.term.error(say(lang, "invalid_answer", text=cmd.text, choices=screens.choices(s, c)))
            return None, False
        return None, True

    def _answered(self, c: Criterion, change: Change) -> None:
        """After a value or not-applicable: save, say what changed, then evidence and notes."""
        s, lang = self.s, self.lang
        self.save()
        if change:
            self.term.show(screens.changes(s, change))
        answer = s.answers[c.id]
        keep = say(lang, "keep_current") if answer.evidence else ""
        text = self.term.ask(say(lang, "evidence_prompt", keep=keep)).strip()
        if text == "-":
            s.record_evidence(c.id, [])
        elif text:
            s.record_evidence(c.id, split_list(text))
        self.save()
        keep = say(lang, "keep_current") if answer.notes else ""
        text = self.term.ask(say(lang, "notes_prompt", keep=keep)).strip()
        if text == "-":
            s.record_notes(c.id, None)
        elif text:
            s.record_notes(c.id, text)
        value = answer.value
        if value is not None and impacts.needs_entry(s, c.id, value):
            saved = impacts.record_for(self.term, s, c.id)
            self.save()
            self.term.show(f"[green]{say(lang, 'impact_saved', id=saved.id)}[/green]")
        self._advance(c.id)

    def _advance(self, cid: str) -> None:
        self._move(navigation.following(self.s.order, self.s.applicable().now, cid))

    def _move(self, cid: str | None) -> None:
        self.s.cursor = cid
        self.save()

    def _jump(self, text: str) -> bool:
        s, lang = self.s, self.lang
        now = s.applicable().now
        target = navigation.find(s.order, now, text)
        if target.criterion is None:
            hint = say(lang, "jump_hint", id=target.suggestion) if target.suggestion else ""
            self.term.error(say(lang, "jump_unknown", text=text, hint=hint))
            return False
        if target.criterion not in now:
            self.term.error(say(lang, "jump_not_applicable", id=target.criterion,
                                why=self._why_not(target.criterion)))
            return False
        self._move(target.criterion)
        return True

    def _why_not(self, cid: str) -> str:
        c = self.s.criteria.model.criterion(cid)
        if cid not in self.s.applicable().possible:
            return "profile (subtype/size)" if self.lang == "en" else "ไม่ใช้กับประเภทหรือขนาดขององค์กรนี้"
        conditions = c.applicability.when if c.applicability else []
        return ", ".join(f"{w.criterion} ≥ {w.at_least}" for w in conditions)

    def _impacts(self) -> None:
        s, lang = self.s, self.lang
        while True:
            self.term.show(impacts.table(s) if s.impacts else say(lang, "impacts_empty"))
            cmd, _, arg = self.term.ask(say(lang, "impacts_prompt")).strip().partition(" ")
            arg = arg.strip()
            if not cmd:
                return
            if cmd.lower() == "a":
                impact = impacts.edit(self.term, s, None)
            elif cmd.lower() in ("e", "d") and arg:
                found = next((i for i in s.impacts if i.id == arg), None)
                if found is None:
                    self.term.error(say(lang, "impact_unknown", id=arg))
                    continue
                if cmd.lower() == "d":
                    s.delete_impact(arg)
                    self.save()
                    self.term.show(say(lang, "impact_deleted", id=arg))
                    continue
                impact = impacts.edit(self.term, s, found)
            else:
                self.term.error(say(lang, "impacts_prompt").rstrip(": "))
                continue
            s.put_impact(impact)
            self.save()
            self.term.show(f"[green]{say(lang, 'impact_saved', id=impact.id)}[/green]")

    # The end of the list, quitting and finishing.

    def _end(self) -> Outcome | None:
        s, lang = self.s, self.lang
        now = s.applicable().now
        left = navigation.outstanding(s.order, now, s.answered, s.marked)
        if not left:
            return self._finish()
        self.term.show("", f"[bold]{say(lang, 'end_title')}[/bold]")
        unanswered = [c for c in left if not s.answered(c)]
        if unanswered:
            self.term.show(say(lang, "end_open", ids=", ".join(unanswered)))
        marked = [c for c in left if c in s.marked]
        if marked:
            self.term.show(say(lang, "end_marked", ids=", ".join(marked)))
        while True:
            cmd = self.term.ask(say(lang, "end_prompt")).strip().lower()
            if cmd == "":
                self._move(left[0])
                return None
            if cmd == "f":
                return self._finish()
            if cmd == "q":
                return self._quit()
            if cmd == "r":
                self.term.show(screens.review(s))
            elif cmd.startswith("j ") and self._jump(cmd[2:]):
                return None
            else:
                self.term.error(say(lang, "end_prompt").rstrip(": "))

    def _confirm_quit(self) -> bool:
        try:
            answer = self.term.ask(say(self.lang, "interrupt_prompt")).strip().lower()
        except (KeyboardInterrupt, EOFError):
            return True
        return answer in ("", "y", "yes", "ใช่", "ั")  # ั is y on the Thai keyboard

    def _quit(self) -> Outcome:
        self.save()
        path = self.s.path
        text = say(self.lang, "quit", file=display_path(path), command=store.resume_command(path))
        self.term.show("", f"[bold green]{escape(text)}[/bold green]")
        return "quit"

    def _finish(self) -> Outcome:
        self.s.cursor = None
        self.save()
        self.term.show(finish.summary(self.s, finish.result(self.s)))
        return "finished"
