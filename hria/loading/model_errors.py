"""Turn pydantic validation errors into one located, readable Problem each."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from hria.errors import InvalidInput, Problem
from hria.loading.yaml_source import PathKey, YamlDocument

M = TypeVar("M", bound=BaseModel)


def validate_document(model: type[M], doc: YamlDocument) -> M:
    """Validate ``doc`` as ``model``; raise InvalidInput with every problem located."""
    if not isinstance(doc.data, dict):
        raise InvalidInput([doc.problem((), "expected a mapping at the top of the file")])
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
    return doc.problem(path, _message(err, str(field), doc, path))


def _message(err: ErrorDetails, field: str, doc: YamlDocument, path: PathKey) -> str:
    kind = err["type"]
    ctx = err.get("ctx", {})
    value = err.get("input")
    if kind == "missing":
        if field == "th":
            return "missing Thai text (th)"
        if field == "en":
            return "missing English text (en)"
        return f"missing required field '{field}'"
    if kind == "extra_forbidden":
        return f"unknown field '{field}'"
    if kind == "string_too_short" and field in ("th", "en"):
        return f"{'Thai' if field == 'th' else 'English'} text is empty"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        op = {"greater_than": ">", "greater_than_equal": ">=", "less_than": "<",
              "less_than_equal": "<="}[kind]
        limit = next(iter(ctx.values()))
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        return f"{field} must be {op} {limit}, not {value!r}"
    if kind == "too_short":
        return f"{field} needs at least {ctx.get('min_length')} item(s), has {ctx.get('actual_length')}"
    if kind == "too_long":
        return f"{field} takes at most {ctx.get('max_length')} item(s), has {ctx.get('actual_length')}"
    if kind == "string_pattern_mismatch":
        return f"{field} {value!r} is not of the form {ctx.get('pattern')}"
    if kind == "literal_error":
        return f"{field} must be {ctx.get('expected')}, not {value!r}"
    if kind == "union_tag_invalid":
        return (f"unknown {ctx.get('discriminator', 'kind').strip(chr(39))} "
                f"{ctx.get('tag')!r}; expected {ctx.get('expected_tags')}")
    if kind == "union_tag_not_found":
        return f"missing '{ctx.get('discriminator', 'kind').strip(chr(39))}'"
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    msg = err["msg"]
    return f"{field}: {msg[0].lower()}{msg[1:]}"
