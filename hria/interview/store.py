"""The session file: an assessment YAML that `hria score` reads, saved atomically after every step.

Interview metadata (cursor, marked questions, language) rides in a comment line
at the top, ``# hria-session: {...}``: the assessment loader ignores comments, so
the file stays a plain assessment and its hash does not depend on the interview.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from hria import assessments, criteria_sets
from hria.criteria_sets import LoadedSet
from hria.errors import InvalidInput, UsageError, display_path
from hria.interview.session import Session, now
from hria.loading.paths import criteria_dirs
from hria.loading.yaml_source import read_yaml
from hria.scoring import compile_set
from hria.writing import remove_stale_temp_files, write_text_atomic

META_PREFIX = "# hria-session: "


def resume_command(path: Path) -> str:
    return f"hria assess --resume {display_path(path)}"


def _document(session: Session) -> dict[str, Any]:
    data = session.to_assessment().model_dump(mode="json", exclude_none=True)
    for answer in data["answers"]:
        if not answer.get("evidence"):
            answer.pop("evidence", None)
    if not data["impacts"]:
        del data["impacts"]
    return data


def _meta(session: Session) -> dict[str, Any]:
    return {
        "cursor": session.cursor,
        "marked": list(session.marked),
        "lang": session.lang,
        "criteria_file": str(session.criteria_file.resolve()) if session.criteria_file else None,
        "saved_at": now().isoformat(),
    }


def dumps(session: Session) -> str:
    yaml = YAML(typ="rt")
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=2, offset=0)
    body = io.StringIO()
    yaml.dump(_document(session), body)
    head = (
        f"# HRIA assessment written by `hria assess` ({session.criteria.ref}). "
        f"Continue: {resume_command(session.path)} · score: hria score {display_path(session.path)}\n"
        f"{META_PREFIX}{json.dumps(_meta(session), ensure_ascii=False, sort_keys=True)}\n"
    )
    kept = _comments.get(session.path.resolve())
    return head + (_with_comments(body.getvalue(), kept) if kept else body.getvalue())


def save(session: Session) -> None:
    """Write the whole session to its file: a reader sees the old file or the new one, never half."""
    write_text_atomic(session.path, dumps(session))


@dataclass(frozen=True)
class Meta:
    cursor: str | None = None
    marked: tuple[str, ...] = ()
    lang: str | None = None
    criteria_file: Path | None = None


def read_meta(path: Path) -> Meta:
    """The interview metadata of a session file; defaults for an assessment written another way."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return Meta()
    for line in lines:
        if not line.startswith("#"):
            break
        if line.startswith(META_PREFIX):
            try:
                raw = json.loads(line[len(META_PREFIX):])
            except json.JSONDecodeError:
                return Meta()
            if not isinstance(raw, dict):
                return Meta()
            file = raw.get("criteria_file")
            return Meta(
                cursor=raw.get("cursor") if isinstance(raw.get("cursor"), str) else None,
                marked=tuple(m for m in raw.get("marked") or [] if isinstance(m, str)),
                lang=raw.get("lang") if raw.get("lang") in ("th", "en") else None,
                criteria_file=Path(file) if isinstance(file, str) else None,
            )
    return Meta()


def _in_criteria_folders(loaded: LoadedSet) -> bool:
    folders = {d.resolve() for d in criteria_dirs()}
    return loaded.path.resolve().parent.parent in folders


def _named_set_is_found(path: Path) -> bool:
    """Whether the set the file names exists among the criteria folders (by id and version)."""
    try:
        data = read_yaml(path).data
    except InvalidInput:
        return False  # the loader reports it, located
    ref = data.get("criteria_set") if isinstance(data, dict) else None
    if not isinstance(ref, dict):
        return False
    return any(f.id == ref.get("id") and f.version == ref.get("version") for f in criteria_sets.set_files())


def load(path: Path, criteria: str | None = None) -> Session:
    """Open a session file to continue it; refuse one made against another set, version or content.

    ``criteria`` (SET@VERSION or a file) is the set the auditor expects; without it the set
    the file names is found among the criteria folders, or at the file the session recorded.
    """
    if not path.is_file():
        raise UsageError(code="session.missing", path=display_path(path))
    remove_stale_temp_files(path.parent, path.name)  # saves cut short by a kill or a power cut
    meta = read_meta(path)
    override: LoadedSet | None = None
    if criteria:
        override = criteria_sets.load(criteria)
    elif meta.criteria_file is not None and meta.criteria_file.is_file() and not _named_set_is_found(path):
        override = criteria_sets.load_set_file(meta.criteria_file)
    try:
        loaded = assessments.load(path, override)
    except InvalidInput as exc:
        raise SessionRefused(display_path(path), exc.problems) from None
    model = loaded.model
    order = [c.id for c in loaded.criteria.model.criteria]
    session = Session(
        criteria=loaded.criteria,
        compiled=compile_set(loaded.criteria.model, loaded.criteria.content_hash),
        path=path,
        organisation=model.organisation,
        assessor=model.assessor,
        assessed_on=model.assessed_on,
        answers={a.criterion: a for a in model.answers},
        impacts=list(model.impacts),
        marked=[m for m in meta.marked if m in order],
        cursor=meta.cursor if meta.cursor in order else None,
        lang="en" if meta.lang == "en" else "th",
    )
    if not _in_criteria_folders(loaded.criteria):
        session.criteria_file = loaded.criteria.path
    _comments[path.resolve()] = _own_comments(path.read_text(encoding="utf-8"))
    return session


_comments: dict[Path, dict[str, list[str]]] = {}
"""The comments of each resumed file by what they stand above (a top-level key, or an answer's
criterion id), written back on every save: a hand-written assessment keeps its notes."""


def _own_comments(text: str) -> dict[str, list[str]]:
    from hria.questionnaires.carry import split

    carried = split(text)
    if carried is None:
        return {}

    def comments(lines: list[str]) -> list[str]:
        return [ln.strip() for ln in lines
                if ln.strip().startswith("#") and not ln.startswith(META_PREFIX)
                and not ln.startswith("# HRIA assessment written by")]

    kept = {f"key:{key}": found for key, block in carried.blocks.items()
            if (found := comments(block.lead + (block.body if key != "answers" else block.body[:1])))}
    kept |= {f"answer:{cid}": found for cid, block in carried.items.items()
             if (found := comments(block.lead + block.body))}
    if carried.preamble and (found := comments(carried.preamble)):
        kept["preamble"] = found
    return kept


def _with_comments(body: str, kept: dict[str, list[str]]) -> str:
    """``body`` with each kept comment above the key or answer it belonged to."""
    import re

    out: list[str] = list(kept.get("preamble", []))
    for line in body.splitlines():
        key = re.match(r"^([A-Za-z_]\w*):", line)
        item = re.match(r"^(\s*)- criterion: [\"']?([A-Z][A-Z0-9-]*)", line)
        if key and f"key:{key[1]}" in kept:
            out += kept[f"key:{key[1]}"]
        elif item and f"answer:{item[2]}" in kept:
            out += [item[1] + ln for ln in kept[f"answer:{item[2]}"]]
        out.append(line)
    return "\n".join(out) + "\n"


class SessionRefused(InvalidInput):
    """A session file that cannot be continued: its set, version or content differs, or it is invalid."""

    def __init__(self, file: str, problems: list[Any]):
        super().__init__(problems)
        self.file = file
