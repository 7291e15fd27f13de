"""What the auditor typed at a question, as one command: pure parsing, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Action = Literal["keep", "help", "back", "skip", "mark", "jump", "review", "lang", "impacts", "quit",
                 "not_applicable", "value", "invalid"]

_WORDS: dict[str, Action] = {
    "?": "help", "h": "help", "b": "back", "s": "skip", "m": "mark", "j": "jump", "r": "review",
    "l": "lang", "i": "impacts", "q": "quit", "n": "not_applicable", "na": "not_applicable",
}

# The same keys typed with the Thai Kedmanee layout still on, so an auditor who was just
# typing Thai notes need not switch layout to answer or move on.
_KEDMANEE: dict[str, str] = {
    "ๅ": "1", "/": "2", "-": "3", "ภ": "4", "จ": "0",
    "ฦ": "?", "ิ": "b", "ห": "s", "ท": "m", "่": "j", "พ": "r", "ส": "l", "ร": "i", "ๆ": "q", "ื": "n",
}


@dataclass(frozen=True)
class Command:
    action: Action
    value: int | None = None
    argument: str = ""
    text: str = ""


def parse(text: str) -> Command:
    raw = text.strip()
    if not raw:
        return Command("keep")
    head, _, rest = raw.partition(" ")
    head = _KEDMANEE.get(head, head)
    word = head.lower()
    if word.isdigit() and not rest and word.isascii():
        return Command("value", value=int(word), text=raw)
    action = _WORDS.get(word)
    if action is None:
        return Command("invalid", text=raw)
    if rest and action != "jump":
        return Command("invalid", text=raw)
    return Command(action, argument=rest.strip(), text=raw)
