"""What the verification page checks against, bundled into the site as a classic script.

From ``file://`` Chromium runs no module script and allows no ``fetch()``, so the page gets
its data from ``verify-data.js``: the scheme's body keys (raw Ed25519, with validity), the
signed public list as the exact bytes its signature covers (base64) and the signature, the
freshness window, and level names. The page verifies those bytes and only then parses them —
never a re-serialised object (JavaScript writes 80.0 as 80).

The site's own list names an organisation only where it may be named: an organisation that
did not agree to public listing keeps its serial and status (the QR code it holds can still
be checked) but not its name, id or full payload.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization

from hria.dashboard.figures import type_of
from hria.dashboard.records import AssessmentSummary
from hria.public_list import PublicList
from hria.registry.model import CertificateRecord
from hria.scheme import Scheme


def list_rows(certs: list[CertificateRecord], summaries: dict[str, AssessmentSummary],
              today: dt.date) -> list[dict[str, Any]]:
    """The public list's rows, as `hria registry export` writes them, names withheld where not consented."""
    rows = []
    for c in certs:
        s = summaries.get(c.assessment_hash)
        named = s.listed if s is not None else type_of(c, summaries) != "business"
        rows.append({"serial": c.serial, "organisation_id": c.organisation_id if named else "",
                     "organisation_th": c.organisation_name_th if named else "",
                     "organisation_en": c.organisation_name_en if named else "",
                     "set": c.set_ref, "level": c.level, "score": c.score,
                     "issued_on": c.issued_on.isoformat(), "expires_on": c.expires_on.isoformat(),
                     "status": c.effective_status(today), "status_reason": c.status_reason,
                     "body": c.body_id, "signed": c.signed if named else ""})
    return rows


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def level_names() -> dict[str, dict[str, dict[str, str]]]:
    """Level names by criteria set id (the verification page shows 'ดี / Good', not 'good')."""
    from hria import criteria_sets

    names: dict[str, dict[str, dict[str, str]]] = {}
    for f in criteria_sets.set_files():
        try:
            cs = criteria_sets.load_set_file(f.path).model
        except Exception:
            continue
        names[cs.ref] = {lv.id: {"th": lv.name.th, "en": lv.name.en} for lv in cs.levels}
    return names


def script(scheme: Scheme, signed_list: PublicList, built_at: dt.datetime) -> str:
    """``verify-data.js``: one assignment of a JSON object, escaped for a script element."""
    keys = [{"body": k.body_id, "key_id": k.key_id,
             "raw": _b64(k.key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)),
             "valid_from": k.valid_from.isoformat() if k.valid_from else None,
             "valid_until": k.valid_until.isoformat() if k.valid_until else None,
             "name_th": k.names[0] if k.names else "", "name_en": k.names[1] if k.names else ""}
            for k in scheme.keys]
    data = {"format": "hria-verify-data/1", "built_at": built_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "root_fingerprint": scheme.root_fingerprint, "freshness_days": scheme.list_freshness_days,
            "verification_url": scheme.verification_url, "keys": keys,
            "list": {"content": _b64(signed_list.content), "signature": signed_list.signature,
                     "key_id": signed_list.signer_key_id},
            "levels": level_names()}
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"window.HRIA_VERIFY = {text};\n"


def write_list(path: Path, rows: list[dict[str, Any]], key_path: Path, body_id: str | None,
               log_head: str, log_length: int) -> None:
    import os

    from hria import public_list, signing

    passphrase = os.environ.get("HRIA_KEY_PASSPHRASE")
    key = signing.load_private_key(key_path, passphrase.encode() if passphrase else None)
    public_list.write(path, rows, "json", key, body_id, log_head, log_length)
