"""The scheme file: what the scheme owner (NHRC) publishes, signed with its root key.

It carries the root certificate, the accredited bodies with their payload keys
(Ed25519) and each key's validity, the verification page's base URL and how
old a public list may be before verifiers warn. Verifiers read it instead of
being handed a body's ``--pubkey``; the verdict names the root's fingerprint, so
a reader can compare it with the one the scheme owner publishes (or pin it with
``--root``).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from hria import pki, signing
from hria.error_texts import failure_th
from hria.errors import InvalidValue, UsageError
from hria.writing import write_text_atomic

FORMAT = "hria-scheme/1"
MAX_BYTES = 2_000_000


@dataclass(frozen=True)
class BodyKey:
    """A body's payload key as a trust source knows it; dates None where the source has none."""

    body_id: str | None  # None: a key handed over with --pubkey, for whichever body it signed
    key: Ed25519PublicKey
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    names: tuple[str, str] | None = None  # Thai, English
    source: str = ""
    compromised_from: dt.date | None = None
    """Reported compromised from this day: what it signed from then on does not verify."""

    @property
    def key_id(self) -> str:
        return signing.key_id(self.key)


@dataclass(frozen=True)
class Scheme:
    path: Path
    root_pem: bytes
    root_fingerprint: str
    verification_url: str
    list_freshness_days: int
    keys: tuple[BodyKey, ...]


_WHAT_TH = {"not a regular file": "ไม่ใช่ไฟล์ปกติ", "too large": "ใหญ่เกินไป",
            "the root is not an ECDSA key": "กุญแจของรากไม่ใช่ ECDSA"}


def _problem(path: Path, what: str, what_th: str | None = None) -> UsageError:
    """``what`` is English; a Python exception's name (JSONDecodeError, KeyError) is kept as is."""
    return UsageError(code="scheme.unusable", path=path, detail=what,
                      detail_th=what_th or _WHAT_TH.get(what) or failure_th(what))


def read(path: Path, pinned_root: x509.Certificate | None = None) -> Scheme:
    """Read and check a scheme file: signature by its root (and the root pinned, if given)."""
    try:
        if not path.is_file():
            raise _problem(path, "not a regular file")
        raw = path.read_bytes()[:MAX_BYTES + 1]
        if len(raw) > MAX_BYTES:
            raise _problem(path, "too large")
        doc = json.loads(raw.decode("utf-8"))
        content, root_pem, signature = doc["scheme"], doc["root"].encode(), doc["signature"]
        root = x509.load_pem_x509_certificate(root_pem)
    except UsageError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise _problem(path, type(exc).__name__) from None
    if pinned_root is not None and pinned_root != root:
        raise UsageError(code="scheme.other_root", path=path, root=pki.fingerprint(root)[:16],
                         pinned=pki.fingerprint(pinned_root)[:16])
    public = root.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise _problem(path, "the root is not an ECDSA key")
    try:
        public.verify(base64.b64decode(str(signature)), signing.canonical(content), ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        raise UsageError(code="scheme.signature", path=path) \
            from None
    try:
        return _scheme(path, content, root_pem, root)
    except InvalidValue as exc:
        raise _problem(path, str(exc), exc.in_("th")) from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _problem(path, f"{type(exc).__name__}: {exc}", failure_th(exc)) from None


def _scheme(path: Path, content: dict[str, Any], root_pem: bytes, root: x509.Certificate) -> Scheme:
    if content.get("format") != FORMAT:
        raise InvalidValue("scheme.format", format=FORMAT)
    keys = []
    for body in content["bodies"]:
        for k in body["keys"]:
            public = serialization.load_pem_public_key(str(k["public_key"]).encode())
            if not isinstance(public, Ed25519PublicKey):
                raise InvalidValue("scheme.body_key", body=body["id"])
            compromised = k.get("compromised_from")
            keys.append(BodyKey(str(body["id"]), public, dt.date.fromisoformat(k["valid_from"]),
                                dt.date.fromisoformat(k["valid_until"]),
                                (str(body["name_th"]), str(body["name_en"])), path.name,
                                dt.date.fromisoformat(compromised) if compromised else None))
    return Scheme(path, root_pem, pki.fingerprint(root), str(content["verification_url"]),
                  int(content["list_freshness_days"]), tuple(keys))


def sign_draft(draft_path: Path, root: pki.Credentials, out: Path) -> Scheme:
    """Sign a draft (YAML: verification_url, list_freshness_days, bodies with keys as .pub files)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        draft = YAML(typ="safe", pure=True).load(draft_path.read_text(encoding="utf-8"))
        bodies = []
        for body in draft["bodies"]:
            keys, compromised = [], {}
            for k in body["keys"]:
                public = signing.load_public_key(draft_path.parent / str(k["public_key"]))
                keys.append((public, dt.date.fromisoformat(str(k["valid_from"])),
                             dt.date.fromisoformat(str(k["valid_until"]))))
                if k.get("compromised_from"):
                    compromised[signing.key_id(public)] = dt.date.fromisoformat(str(k["compromised_from"]))
            bodies.append(body_entry(str(body["id"]), str(body["name_th"]), str(body["name_en"]), keys,
                                     compromised))
        signed = content(str(draft["verification_url"]), bodies,
                         str(draft.get("owner", pki.common_name(root.certificate))),
                         int(draft.get("list_freshness_days", 7)))
    except (OSError, YAMLError, KeyError, TypeError, ValueError) as exc:
        raise UsageError(code="scheme.not_draft", path=draft_path,
                         detail=f"{type(exc).__name__}: {exc}", detail_th=failure_th(exc)) from None
    return sign(signed, root, out)


def body_entry(body_id: str, name_th: str, name_en: str,
               keys: list[tuple[Ed25519PublicKey, dt.date, dt.date]],
               compromised: dict[str, dt.date] | None = None) -> dict[str, Any]:
    """One accredited body as the scheme file lists it: names and payload keys with validity (and,
    for a key reported compromised, the day from which it signs nothing)."""
    entries = []
    for k, start, end in keys:
        entry = {"public_key": signing.public_pem(k).decode(), "key_id": signing.key_id(k),
                 "valid_from": start.isoformat(), "valid_until": end.isoformat()}
        since = (compromised or {}).get(signing.key_id(k))
        if since is not None:
            entry["compromised_from"] = since.isoformat()
        entries.append(entry)
    return {"id": body_id, "name_th": name_th, "name_en": name_en, "keys": entries}


def content(verification_url: str, bodies: list[dict[str, Any]], owner: str,
            list_freshness_days: int = 7) -> dict[str, Any]:
    return {"format": FORMAT, "owner": owner,
            "issued_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "verification_url": verification_url, "list_freshness_days": list_freshness_days,
            "bodies": bodies}


def sign(scheme_content: dict[str, Any], root: pki.Credentials, out: Path) -> Scheme:
    """Write the scheme file signed by the root (ECDSA P-256 over its canonical JSON)."""
    signature = root.key.sign(signing.canonical(scheme_content), ec.ECDSA(hashes.SHA256()))
    root_pem = root.certificate.public_bytes(serialization.Encoding.PEM).decode()
    doc = {"scheme": scheme_content, "root": root_pem, "signature": base64.b64encode(signature).decode()}
    write_text_atomic(out, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    return read(out)


def beside(ed25519_key: Path) -> Path:
    """Where a body keeps the scheme file it was given: ``scheme.json`` beside its keys."""
    return ed25519_key.parent / "scheme.json"
