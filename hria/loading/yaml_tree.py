"""YAML text to plain Python data through the input boundary's limits, with no object construction.

The C parser composes a node graph (aliases are shared nodes there, so composing a bomb costs
nothing). Before anything is built we walk that graph once, without recursion: explicit tags,
nesting deeper than MAX_DEPTH and aliases that would expand past MAX_EXPANDED_VALUES are refused
at the node's line and column, and the expanded value is never printed. Only then are dicts,
lists and scalars made, each scalar checked: YAML 1.2 core types, real dates, finite numbers,
integers of bounded length, text in NFC.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Any

from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from hria.errors import InvalidInput, Problem
from hria.loading.limits import MAX_DEPTH, MAX_EXPANDED_VALUES, MAX_INT_DIGITS

_T = "tag:yaml.org,2002:"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def check_tags(yaml: Any, text: str, name: str) -> None:
    """Refuse every explicit tag (``!!int``, ``!!set``, ``!custom``, ``!``): plain YAML 1.2 only."""
    problems = []
    for event in yaml.parse(text):
        tag = getattr(event, "tag", None)
        if tag is not None:
            shown = tag.replace(_T, "!!")
            problems.append(_at(name, event, f"YAML tag {shown} is not allowed"))
    if problems:
        raise InvalidInput(problems)


def check_shape(root: Node, name: str) -> None:
    """Depth and alias expansion of the node graph, walked once with an explicit stack."""
    size: dict[int, int] = {}
    stack: list[tuple[Node, int, bool]] = [(root, 1, False)]
    open_ids: set[int] = set()
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if done:
            open_ids.discard(key)
            total = 1 + sum(size[id(c)] for c in _children(node))
            if total > MAX_EXPANDED_VALUES:
                raise InvalidInput([_at(name, node, f"aliases expand this value past "
                                                    f"{MAX_EXPANDED_VALUES:,} values; refused")])
            size[key] = total
            continue
        if key in size:
            continue
        if key in open_ids:
            raise InvalidInput([_at(name, node, "an alias refers to the value that contains it")])
        if depth > MAX_DEPTH:
            raise InvalidInput([_at(name, node, f"nested more than {MAX_DEPTH} levels deep")])
        if isinstance(node, ScalarNode):
            size[key] = 1
            continue
        open_ids.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in _children(node))


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    return []


class Builder:
    """Makes plain data from a checked node graph, collecting every problem with its position."""

    def __init__(self, name: str, constructor: Any):
        self.name = name
        self.constructor = constructor
        self.problems: list[Problem] = []

    def build(self, node: Node) -> Any:
        if isinstance(node, ScalarNode):
            return self.scalar(node)
        if isinstance(node, SequenceNode):
            return [self.build(item) for item in node.value]
        if isinstance(node, MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, ScalarNode) or key_node.tag == _T + "merge":
                    what = ("merge keys (<<) are" if isinstance(key_node, ScalarNode)
                            else "a list or mapping is")
                    self.problems.append(_at(self.name, key_node, f"{what} not allowed as a key"))
                    continue
                key = unicodedata.normalize("NFC", key_node.value)
                if key in out:
                    self.problems.append(_at(self.name, key_node, f"duplicate key {key!r}"))
                    continue
                out[key] = self.build(value_node)
            return out
        self.problems.append(_at(self.name, node, "unsupported YAML node"))
        return None

    def scalar(self, node: ScalarNode) -> Any:
        tag, value = node.tag, node.value
        if tag == _T + "str":
            control = _CONTROL.search(value)
            if control:  # written as an escape ("\e", "\x1b") in a double-quoted string
                return self._bad(node, f"control character U+{ord(control.group()):04X} is not allowed")
            return unicodedata.normalize("NFC", value)
        if tag == _T + "null":
            return None
        if tag == _T + "bool":
            return value.lower() == "true"
        if tag == _T + "int":
            digits = sum(ch.isdigit() for ch in value)
            if digits > MAX_INT_DIGITS:
                return self._bad(node, f"integer with {digits:,} digits; at most {MAX_INT_DIGITS} allowed")
            if value.isascii() and value.isdigit():
                return int(value)
            return self._construct(node, "integer")
        if tag == _T + "float":
            if len(value) > 64:
                return self._bad(node, f"number with {len(value):,} characters; at most 64 allowed")
            number = self._construct(node, "number")
            if isinstance(number, float) and not math.isfinite(number):
                return self._bad(node, f"numbers must be finite, not {value}")
            return number
        if tag == _T + "timestamp":
            return self._date(node)
        if tag == _T + "merge":
            return self._bad(node, "merge keys (<<) are not allowed")
        return self._bad(node, f"unsupported YAML value {str(tag).replace(_T, '!!')}")

    def _date(self, node: ScalarNode) -> Any:
        value = node.value
        try:
            if len(value) == 10 and value.isascii():
                return dt.date.fromisoformat(value)
            result = self.constructor.construct_object(node, deep=True)
        except (ValueError, OverflowError) as exc:
            return self._bad(node, f"{value} is not a real date ({exc})")
        return result

    def _construct(self, node: ScalarNode, what: str) -> Any:
        try:
            return self.constructor.construct_object(node, deep=True)
        except (ValueError, OverflowError, TypeError, ArithmeticError):
            return self._bad(node, f"{node.value[:40]!r} is not a valid {what}")

    def _bad(self, node: Node, message: str) -> None:
        self.problems.append(_at(self.name, node, message))
        return None


def _at(name: str, thing: Any, message: str) -> Problem:
    mark = getattr(thing, "start_mark", None)
    if mark is None:
        return Problem(name, None, None, message)
    return Problem(name, mark.line + 1, mark.column + 1, message)
