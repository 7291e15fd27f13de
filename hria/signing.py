"""Ed25519 signatures over a canonical JSON payload, and its compact QR form.

A certificate's payload is signed by the certification body's private key;
anyone holding the public key can verify it offline. The QR text is
``HRIA1.<payload>.<signature>`` with both parts base64url without padding.
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hria.error_texts import because
from hria.errors import HriaError, UsageError
from hria.writing import write_bytes_atomic

QR_PREFIX = "HRIA1"


class SignatureInvalid(HriaError):
    """The signature does not match the payload and key."""


def canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def generate_keys(private_path: Path, public_path: Path, passphrase: bytes | None = None) -> str:
    """Write a new key pair (private key mode 0600); returns the key id. Never overwrites."""
    for p in (private_path, public_path):
        if p.exists():
            raise UsageError(code="key.exists", path=p)
    private = Ed25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase
        else serialization.NoEncryption()
    )
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                encryption)
    write_bytes_atomic(private_path, pem, mode=0o600)
    write_bytes_atomic(public_path, public_pem(private.public_key()))
    return key_id(private.public_key())


def public_pem(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.PEM,
                               serialization.PublicFormat.SubjectPublicKeyInfo)


def load_private_key(path: Path, passphrase: bytes | None = None) -> Ed25519PrivateKey:
    _regular(path)
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=passphrase)
    except FileNotFoundError:
        raise UsageError(code="key.no_private", path=path) from None
    except (TypeError, ValueError) as exc:
        raise UsageError(code="key.read_private", path=path, **because(exc)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise UsageError(code="key.not_ed25519_private", path=path)
    return key


def _regular(path: Path) -> None:
    """A key named by a FIFO or /dev/zero would hang or fill memory: refused up front."""
    from hria.loading.limits import MAX_KEY_BYTES, check_input_file

    if path.exists():
        check_input_file(path, MAX_KEY_BYTES)


def load_public_key(path: Path) -> Ed25519PublicKey:
    _regular(path)
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except FileNotFoundError:
        raise UsageError(code="key.no_public", path=path) from None
    except ValueError as exc:
        raise UsageError(code="key.read_public", path=path, **because(exc)) from None
    if not isinstance(key, Ed25519PublicKey):
        raise UsageError(code="key.not_ed25519_public", path=path)
    return key


def sign(payload: dict[str, Any], private: Ed25519PrivateKey) -> str:
    """The compact signed form: HRIA1.<payload>.<signature>."""
    body = canonical(payload)
    return f"{QR_PREFIX}.{_b64(body)}.{_b64(private.sign(body))}"


def open_signed(text: str, public: Ed25519PublicKey) -> dict[str, Any]:
    """Check the signature and return the payload; raise SignatureInvalid otherwise."""
    payload = read_unverified(text)
    _, body, signature = text.strip().split(".")
    try:
        public.verify(_unb64(signature), _unb64(body))
    except (InvalidSignature, ValueError):
        raise SignatureInvalid(code="payload.signature") from None
    return payload


def read_unverified(text: str) -> dict[str, Any]:
    parts = text.strip().split(".")
    if len(parts) != 3 or parts[0] != QR_PREFIX:
        raise SignatureInvalid(code="payload.not_signed", prefix=QR_PREFIX)
    if len(parts[1]) > 20_000:
        raise SignatureInvalid(code="payload.long")
    try:
        payload = json.loads(_unb64(parts[1]))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise SignatureInvalid(code="payload.damaged") from None
    if not isinstance(payload, dict):
        raise SignatureInvalid(code="payload.not_object")
    return payload
