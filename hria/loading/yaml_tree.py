"""YAML text to plain Python data through the input boundary's limits, with no object construction.

The data is built straight from the C parser's event stream, so every limit is checked as the
parser goes and before anything big is made: nesting deeper than MAX_DEPTH stops the read at
that point (composing a node tree first took seconds at 10,000 levels and crashed the process
at a million); an alias adds the size of what it names to a running count, so aliases that
would expand past MAX_EXPANDED_VALUES are refused without being expanded (the aliased value is
shared, as ruamel.yaml shares it, and never printed). Explicit tags are refused; scalars are
checked as YAML 1.2 core types: real dates, finite numbers, integers of bounded length, text
in NFC without control characters. Every problem names its line and column.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from ruamel.yaml.nodes import ScalarNode

from hria.errors import InvalidInput, Problem
from hria.loading.limits import MAX_DEPTH, MAX_EXPANDED_VALUES, MAX_INT_DIGITS

_WHAT_TH = {"integer": "จำนวนเต็ม", "number": "ตัวเลข"}

_T = "tag:yaml.org,2002:"
_STR = _T + "str"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SKIP = object()
"""Stands for a value already reported as a problem (an unusable key, a duplicate)."""


@dataclass
class _Open:
    """A mapping or sequence being read."""

    value: dict[str, Any] | list[Any]
    anchor: str | None
    size: int = 1
    key: Any = None
    """In a mapping: the key read and waiting for its value (None: the next item is a key)."""
    has_key: bool = False


class Reader:
    """Reads one YAML document from events into plain data, collecting every problem."""

    def __init__(self, name: str, yaml: Any):
        self.name = name
        self.resolver = yaml.resolver
        self.constructor = yaml.constructor
        self.problems: list[Problem] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.expanded = 0

    def read(self, text: str, yaml: Any) -> Any:
        stack: list[_Open] = []
        result: Any = None
        documents = 0
        for event in yaml.parse(text):
            kind = type(event)
            if kind is ScalarEvent:
                self._check_tag(event)
                result = self._put(stack, self._scalar(event, stack), 1, event)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                self._check_tag(event)
                if len(stack) >= MAX_DEPTH:
                    raise InvalidInput([self._at(event, "yaml.too_deep", depth=MAX_DEPTH)])
                stack.append(_Open({} if kind is MappingStartEvent else [], event.anchor))
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                done = stack.pop()
                if done.anchor is not None:
                    self.anchors[done.anchor] = (done.value, done.size)
                result = self._put(stack, done.value, done.size, event)
            elif kind is AliasEvent:
                if event.anchor not in self.anchors:
                    self.problems.append(self._at(event, "yaml.alias_unknown", anchor=event.anchor))
                value, size = self.anchors.get(event.anchor, (None, 1))
                self.expanded += size
                if self.expanded > MAX_EXPANDED_VALUES:
                    raise InvalidInput([self._at(event, "yaml.alias_expands",
                                                        limit=f"{MAX_EXPANDED_VALUES:,}")])
                result = self._put(stack, value, size, event)
            elif kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise InvalidInput([self._at(event, "yaml.second_document")])
        return result

    def _put(self, stack: list[_Open], value: Any, size: int, event: Any) -> Any:
        """Add a finished value to the container being read; return it when it is the document."""
        if type(event) is ScalarEvent and event.anchor is not None:
            self.anchors[event.anchor] = (value, size)
        if not stack:
            return value
        top = stack[-1]
        top.size += size
        if top.size > MAX_EXPANDED_VALUES:
            raise InvalidInput([self._at(event, "yaml.too_many_values", limit=f"{MAX_EXPANDED_VALUES:,}")])
        if isinstance(top.value, list):
            top.value.append(value)
        elif not top.has_key:
            top.key, top.has_key = self._key(top.value, value, event), True
        else:
            if top.key is not _SKIP:
                top.value[top.key] = value
            top.has_key = False
        return None

    def _key(self, mapping: dict[str, Any], value: Any, event: Any) -> Any:
        if type(event) is not ScalarEvent:
            self.problems.append(self._at(event, "yaml.collection_key"))
            return _SKIP
        if event.implicit[0] and event.value == "<<":
            self.problems.append(self._at(event, "yaml.merge_key_as_key"))
            return _SKIP
        key = unicodedata.normalize("NFC", event.value)
        if key in mapping:
            self.problems.append(self._at(event, "yaml.duplicate_key_repr", key=repr(key)))
            return _SKIP
        return key

    def _check_tag(self, event: Any) -> None:
        if event.tag is not None:  # any explicit tag (!!int, !!set, !!python/…, !custom, !)
            self.problems.append(self._at(event, "yaml.tag", tag=event.tag.replace(_T, "!!")))

    def _scalar(self, event: Any, stack: list[_Open]) -> Any:
        value = event.value
        if stack and isinstance(stack[-1].value, dict) and not stack[-1].has_key:
            return value  # a key: read as written (see _key)
        tag = self.resolver.resolve(ScalarNode, value, event.implicit) if event.implicit[0] else _STR
        if tag == _STR:
            control = _CONTROL.search(value)
            if control:  # written as an escape ("\e", "\x1b") in a double-quoted string
                return self._bad(event, "yaml.control", char=f"{ord(control.group()):04X}")
            return unicodedata.normalize("NFC", value)
        if tag == _T + "null":
            return None
        if tag == _T + "bool":
            return value.lower() == "true"
        if tag == _T + "int":
            digits = sum(ch.isdigit() for ch in value)
            if digits > MAX_INT_DIGITS:
                return self._bad(event, "yaml.long_integer", digits=f"{digits:,}", limit=MAX_INT_DIGITS)
            if value.isascii() and value.isdigit():
                return int(value)
            return self._construct(tag, event, "integer")
        if tag == _T + "float":
            if len(value) > 64:
                return self._bad(event, "yaml.long_number", length=f"{len(value):,}")
            number = self._construct(tag, event, "number")
            if isinstance(number, float) and not math.isfinite(number):
                return self._bad(event, "yaml.not_finite", value=value)
            return number
        if tag == _T + "timestamp":
            try:
                if len(value) == 10 and value.isascii():
                    return dt.date.fromisoformat(value)
                return self.constructor.construct_object(ScalarNode(tag, value), deep=True)
            except (ValueError, OverflowError) as exc:
                return self._bad(event, "yaml.not_real_date", value=value, detail=exc)
        if tag == _T + "merge":
            return self._bad(event, "yaml.merge_key")
        return self._bad(event, "yaml.unsupported", tag=tag.replace(_T, "!!"))

    def _construct(self, tag: str, event: Any, what: str) -> Any:
        try:
            return self.constructor.construct_object(ScalarNode(tag, event.value), deep=True)
        except (ValueError, OverflowError, TypeError, ArithmeticError):
            return self._bad(event, "yaml.not_a", value=f"{event.value[:40]!r}", what=what,
                             what_th=_WHAT_TH.get(what, what))

    def _bad(self, event: Any, code: str, **values: object) -> None:
        self.problems.append(self._at(event, code, **values))
        return None

    def _at(self, event: Any, code: str, **values: object) -> Problem:
        """A problem where ``event`` starts, worded by the error catalogue."""
        mark = event.start_mark
        if mark is None:
            return Problem.said(self.name, None, None, code, None, **values)
        return Problem.said(self.name, mark.line + 1, mark.column + 1, code, None, **values)


def read_plain(text: str, name: str, yaml: Any) -> Any:
    """The document as dicts, lists and scalars; InvalidInput with every problem located.
    A YAML syntax error propagates as ruamel.yaml's YAMLError."""
    reader = Reader(name, yaml)
    data = reader.read(text, yaml)
    if reader.problems:
        raise InvalidInput(reader.problems)
    return data
