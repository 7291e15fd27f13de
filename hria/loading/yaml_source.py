"""Safe YAML reading that remembers where every value came from.

ruamel.yaml's round-trip parser gives line and column for each key and item;
we copy the document into plain Python values (no object construction, no
custom tags, duplicate keys rejected) and keep a map from each value's path to
its position, so any later error can name file:line:col.

The round-trip parser is pure Python and slow (a 250 kB criteria set takes a
quarter of a second), so every file is read by the safe C parser as YAML 1.2
through the input boundary (limits.py, yaml_tree.py), and the positions are
worked out by the round-trip parser only when an error needs one or the syntax
is broken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver

from hria.errors import InvalidInput, Problem, display_path
from hria.loading.limits import check_characters, decode_text, read_input_bytes
from hria.loading.yaml_tree import read_plain

PathKey = tuple[str | int, ...]


@dataclass
class YamlDocument:
    """A YAML file as plain data plus the 1-based (line, col) of every path in it."""

    file: str
    data: Any
    _positions: dict[PathKey, tuple[int, int]] | None = field(default_factory=dict)
    text: str | None = None
    """The source, kept when positions are left to be worked out on first use."""

    @property
    def positions(self) -> dict[PathKey, tuple[int, int]]:
        if self._positions is None:
            assert self.text is not None
            try:
                self._positions = _round_trip(self.text, self.file).positions
            except (InvalidInput, YAMLError, ValueError, TypeError, RecursionError):
                self._positions = {(): (1, 1)}  # the two parsers disagree: the file is still named
        return self._positions

    def where(self, path: PathKey) -> tuple[int | None, int | None]:
        """Position of the deepest part of ``path`` that exists in the document."""
        for end in range(len(path), -1, -1):
            pos = self.positions.get(tuple(path[:end]))
            if pos is not None:
                return pos
        return (None, None)

    def problem(self, path: PathKey, message: str) -> Problem:
        line, col = self.where(path)
        return Problem(self.file, line, col, message)

    def said(self, path: PathKey, code: str, **values: str) -> Problem:
        """A problem at ``path`` worded by the error catalogue (hria/error_texts.py)."""
        line, col = self.where(path)
        return Problem.said(self.file, line, col, code, None, **values)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    return yaml


def read_yaml(path: Path) -> YamlDocument:
    """Parse ``path``; raise InvalidInput naming file:line:col on any YAML problem."""
    name = display_path(path)
    return parse_yaml(decode_text(read_input_bytes(path), name), name)


def parse_yaml(text: str, name: str) -> YamlDocument:
    """Plain data from YAML text, through the input boundary (hria/loading/limits.py)."""
    check_characters(text, name)
    try:
        data = read_plain(text, name, _fast())
    except YAMLError:
        # libyaml refuses some YAML that ruamel.yaml's own parser reads (e.g. "policy?}" in a
        # flow mapping): the pure-Python parser decides, and names the place if it refuses too.
        try:
            data = read_plain(text, name, _fast(pure=True))
        except MarkedYAMLError as exc:
            raise InvalidInput([_syntax_problem(exc, name)]) from None
        except YAMLError as exc:
            raise InvalidInput([Problem.said(name, None, None, "yaml.error", problem=exc)]) from None
    return YamlDocument(file=name, data=data, _positions=None, text=text)


class _Yaml12Resolver(VersionedResolver):
    """Resolves as YAML 1.2 without asking the scanner for the version at every scalar
    (a third of the fast path's time); a %YAML directive does not change it.

    A plain scalar whose first character starts none of the implicit patterns (numbers,
    booleans, null, dates, merge) is text at once: most of an assessment is text."""

    _starts: frozenset[str] | None = None

    @property
    def processing_version(self) -> Any:
        return (1, 2)

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode and implicit[0] and value:
            if self._starts is None:
                table = self.versioned_resolver
                # a pattern for any first character would make every scalar a candidate
                self._starts = frozenset("" if None in table else "".join(k for k in table if k))
            if value[0] not in self._starts and not self.yaml_path_resolvers and self._starts:
                return self.DEFAULT_SCALAR_TAG  # what the patterns' misses come to
        return super().resolve(kind, value, implicit)


def _fast(pure: bool = False) -> YAML:
    yaml = YAML(typ="safe", pure=pure)  # the C parser when ruamel.yaml.clib is installed
    yaml.allow_duplicate_keys = False
    yaml.Resolver = _Yaml12Resolver
    return yaml


# The parser's commonest complaints in Thai; any other is said without its English detail.
_SYNTAX_TH = (
    ("mapping values are not allowed", "ใช้เครื่องหมาย : ตรงนี้ไม่ได้ ข้อความที่มี : ต้องอยู่ในเครื่องหมายคำพูด"),
    ("could not find expected ':'", "ไม่พบเครื่องหมาย : ที่ควรมีหลังชื่อช่อง"),
    ("expected ',' or ']'", "รายการในวงเล็บ [ ] ไม่ได้ปิด หรือขาดเครื่องหมาย ,"),
    ("expected ',' or '}'", "รายการในวงเล็บ { } ไม่ได้ปิด หรือขาดเครื่องหมาย ,"),
    ("expected <block end>", "การย่อหน้าไม่ตรงกับบรรทัดก่อนหน้า"),
    ("cannot start any token", "มีอักขระที่ขึ้นต้นค่าไม่ได้ (เช่น tab ใช้ย่อหน้าไม่ได้ ให้ใช้เว้นวรรค)"),
    ("found unexpected end of stream", "ไฟล์จบก่อนปิดเครื่องหมายคำพูด"),
    ("found unknown escape character", "มีลำดับ \\ ที่ไม่รู้จักในข้อความในเครื่องหมายคำพูดคู่"),
    ("expected alphabetic or numeric character", "ชื่อ anchor หรือ alias ไม่ถูกต้อง"),
    ("found undefined alias", "อ้างถึง alias ที่ไม่ได้กำหนด"),
)


def _syntax_problem(exc: MarkedYAMLError, name: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
    problem = str(exc.problem or exc.context)
    thai = next((th for en, th in _SYNTAX_TH if en in problem), "ตรวจเครื่องหมายและการย่อหน้าในตำแหน่งนี้")
    return Problem.said(name, line, col, "yaml.syntax", problem=problem, problem_th=thai)


def _round_trip(text: str, name: str) -> YamlDocument:
    """The positions of a document the boundary accepted, or where its syntax breaks."""
    try:
        node = _yaml().load(text)
    except RecursionError:
        raise InvalidInput([Problem.said(name, None, None, "yaml.nested")]) from None
    except DuplicateKeyError as exc:
        mark = exc.problem_mark
        key = (exc.problem or "").split('"')[1] if '"' in (exc.problem or "") else ""
        where = (name, mark.line + 1, mark.column + 1)
        problem = Problem.said(*where, "yaml.duplicate_key", key=key) if key else \
            Problem.said(*where, "yaml.duplicate")
        raise InvalidInput([problem]) from None
    except MarkedYAMLError as exc:
        raise InvalidInput([_syntax_problem(exc, name)]) from None
    except YAMLError as exc:
        raise InvalidInput([Problem.said(name, None, None, "yaml.error", problem=exc)]) from None
    doc = YamlDocument(file=name, data=None, _positions={(): (1, 1)})
    problems: list[Problem] = []
    doc.data = _plain(node, (), doc, problems)
    if problems:
        raise InvalidInput(problems)
    return doc


_SCALARS = (str, int, float, bool, type(None), dt.date, dt.datetime)


def _plain(node: Any, path: PathKey, doc: YamlDocument, problems: list[Problem]) -> Any:
    """Copy a ruamel node into plain dict/list/scalars, recording positions."""
    tag = getattr(node, "tag", None)
    tag_value = getattr(tag, "value", tag) if tag is not None else None
    if isinstance(tag_value, str):
        # Any explicit tag (!!python/object…, !custom) could ask for object construction: refuse all.
        shown = tag_value.replace("tag:yaml.org,2002:", "!!")
        problems.append(doc.said(path, "yaml.tag", tag=shown))
        return None
    if isinstance(node, CommentedMap):
        out: dict[str, Any] = {}
        for key in node:
            if not isinstance(key, str | int):
                problems.append(doc.said(path, "yaml.key_not_text", kind=type(key).__name__))
                continue
            line, col = node.lc.key(key)
            child = (*path, str(key))
            doc.positions[child] = (line + 1, col + 1)
            out[str(key)] = _plain(node[key], child, doc, problems)
        return out
    if isinstance(node, CommentedSeq):
        items = []
        for index, item in enumerate(node):
            child = (*path, index)
            where = node.lc.item(index)
            if where is not None:
                doc.positions[child] = (where[0] + 1, where[1] + 1)
            items.append(_plain(item, child, doc, problems))
        return items
    if isinstance(node, bool):
        return bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    if isinstance(node, _SCALARS):
        return node
    problems.append(doc.said(path, "yaml.unsupported_type", kind=type(node).__name__))
    return None
