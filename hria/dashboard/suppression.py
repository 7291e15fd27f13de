"""Small-cell suppression: a published count of fewer than 3 organisations is hidden, and so is
whatever would let a reader work it out again from a total.

A table is cells plus the lines that add up (each row and column with its total). In a
line, one hidden member can be recovered by subtraction, and so can hidden members that are
all small (two hidden 1s under a known sum of 2). So in every line that has a hidden cell,
more is hidden — the smallest visible non-zero member, a total last — until at least two
members are hidden and one of them is 3 or more; repeated over all lines until nothing
changes. Zero is shown: "no organisation" names nobody.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

THRESHOLD = 3

Key = Hashable


def suppress(cells: dict[Key, int], lines: Sequence[tuple[Sequence[Key], Key]]) -> dict[Key, int | None]:
    """``cells`` (totals included) with hidden ones as None; ``lines`` are (members, total)."""
    hidden = {k for k, v in cells.items() if 0 < v < THRESHOLD}
    changed = True
    while changed:
        changed = False
        for members, total in lines:
            line = [*members, total]
            shown_hidden = [k for k in line if k in hidden]
            if not shown_hidden:
                continue
            safe = len(shown_hidden) >= 2 and any(cells[k] >= THRESHOLD for k in shown_hidden)
            if safe:
                continue
            visible = sorted((cells[k], i) for i, k in enumerate(members) if k not in hidden and cells[k] > 0)
            if visible:
                hidden.add(members[visible[0][1]])
            elif total not in hidden and cells[total] > 0:
                hidden.add(total)
            else:
                continue  # nothing left to hide in this line: every member is hidden or zero
            changed = True
    return {k: None if k in hidden else v for k, v in cells.items()}


def one_way(counts: dict[str, int], total_key: str = "total") -> dict[str, int | None]:
    """A list of counts with its total."""
    cells: dict[Key, int] = dict(counts.items())
    cells[total_key] = sum(counts.values())
    out = suppress(cells, [(list(counts), total_key)])
    return {str(k): v for k, v in out.items()}


def two_way(counts: dict[tuple[str, str], int], rows: Sequence[str],
            columns: Sequence[str]) -> dict[tuple[str, str], int | None]:
    """A table of rows by columns with row totals ("total" column), column totals ("total" row)
    and the grand total ("total", "total")."""
    cells: dict[Key, int] = {(r, c): counts.get((r, c), 0) for r in rows for c in columns}
    for r in rows:
        cells[(r, "total")] = sum(counts.get((r, c), 0) for c in columns)
    for c in columns:
        cells[("total", c)] = sum(counts.get((r, c), 0) for r in rows)
    cells[("total", "total")] = sum(cells[(r, "total")] for r in rows)
    lines: list[tuple[Sequence[Key], Key]] = [([(r, c) for c in columns], (r, "total")) for r in rows]
    lines += [([(r, c) for r in rows], ("total", c)) for c in columns]
    lines += [([(r, "total") for r in rows], ("total", "total")),
              ([("total", c) for c in columns], ("total", "total"))]
    out = suppress(cells, lines)
    return {(str(k[0]), str(k[1])): v for k, v in out.items() if isinstance(k, tuple)}
