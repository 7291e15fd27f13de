"""Turn pydantic validation errors into one located, readable Problem each."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from hria.error_texts import ERRORS
from hria.errors import InvalidInput, InvalidValue, Problem
from hria.loading.yaml_source import PathKey, YamlDocument

M = TypeVar("M", bound=BaseModel)


def validate_document(model: type[M], doc: YamlDocument) -> M:
    """Validate ``doc`` as ``model``; raise InvalidInput with every problem located."""
    if not isinstance(doc.data, dict):
        raise InvalidInput([doc.said((), "field.top_mapping")])
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        problems = [_problem(doc, err) for err in exc.errors(include_url=False)]
        raise InvalidInput(_dedupe(problems)) from None


def _dedupe(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


def data_path(data: Any, loc: tuple[str | int, ...]) -> tuple[PathKey, str | int | None]:
    """Follow pydantic's ``loc`` through the data, dropping union tags it inserts.

    Returns the path that exists in the document and the trailing element that
    does not (a missing or unknown field), if any.
    """
    path: list[str | int] = []
    node = data
    for i, part in enumerate(loc):
        if part == "[key]":
            continue
        if isinstance(node, dict) and part in node:
            path.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            path.append(part)
            node = node[part]
        elif i == len(loc) - 1 or (i == len(loc) - 2 and loc[-1] == "[key]"):
            return tuple(path), part
    return tuple(path), None


def _problem(doc: YamlDocument, err: ErrorDetails) -> Problem:
    path, tail = data_path(doc.data, tuple(err["loc"]))
    field = tail if isinstance(tail, str) else next(
        (p for p in reversed(path) if isinstance(p, str)), "value"
    )
    code, values = _message(err, str(field))
    if code is None:
        return doc.problem(path, values["text"])
    return doc.said(path, code, **values)


_COMPARE = {"greater_than": ">", "greater_than_equal": ">=", "less_than": "<", "less_than_equal": "<="}


def _message(err: ErrorDetails, field: str) -> tuple[str | None, dict[str, str]]:
    """The catalogue code and values of a pydantic error; (None, {"text": …}) for a model's own
    check (a ``value_error``), which words itself."""
    kind = err["type"]
    ctx = err.get("ctx", {})
    value = err.get("input")
    if kind == "missing":
        if field in ("th", "en"):
            return f"field.missing_{field}", {}
        return "field.missing", {"field": field}
    if kind == "extra_forbidden":
        return "field.unknown", {"field": field}
    if kind == "string_too_short" and field in ("th", "en"):
        return f"field.empty_{field}", {}
    if kind in _COMPARE:
        limit = next(iter(ctx.values()))
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        return "field.compare", {"field": field, "op": _COMPARE[kind], "limit": str(limit),
                                 "value": repr(value)}
    if kind == "too_short":
        return "field.too_short", {"field": field, "min": str(ctx.get("min_length")),
                                   "actual": str(ctx.get("actual_length"))}
    if kind == "too_long":
        return "field.too_long", {"field": field, "max": str(ctx.get("max_length")),
                                  "actual": str(ctx.get("actual_length"))}
    if kind == "string_pattern_mismatch":
        return "field.pattern", {"field": field, "value": repr(value), "pattern": str(ctx.get("pattern"))}
    if kind == "literal_error":
        expected = str(ctx.get("expected"))
        return "field.literal", {"field": field, "expected": expected, "value": repr(value),
                                 "value_th": "ค่าว่าง" if value is None else repr(value),
                                 "expected_th": expected.replace("' or '", "' หรือ '")}
    if kind == "union_tag_invalid":
        return "field.tag_unknown", {"discriminator": ctx.get("discriminator", "kind").strip(chr(39)),
                                     "tag": repr(ctx.get("tag")), "expected": str(ctx.get("expected_tags"))}
    if kind == "union_tag_not_found":
        return "field.tag_missing", {"discriminator": ctx.get("discriminator", "kind").strip(chr(39))}
    if kind == "value_error":
        error = ctx.get("error")
        if isinstance(error, InvalidValue):
            return error.code, error.values
        return None, {"text": str(error or err["msg"])}
    msg = err["msg"]
    detail = f"{msg[0].lower()}{msg[1:]}"
    code = f"field.{kind}" if f"field.{kind}" in ERRORS else "field.other"
    return code, {"field": field, "detail": detail}
