"""The scheme's X.509 certificates: the scheme owner's (NHRC's) root and the certificate it issues
to each accredited body for signing certificate PDFs.

PDF signatures use ECDSA P-256 because poppler's ``pdfsig`` (the engine behind Okular and
Evince) rejects Ed25519 PDF signatures; the compact QR payload keeps Ed25519 (``signing``).
A body certificate names the body id as its common name, so a verifier can tell that the PDF
was signed by the body the payload names.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from hria.error_texts import because
from hria.errors import UsageError
from hria.writing import write_bytes_atomic


@dataclass(frozen=True)
class Credentials:
    """A private ECDSA key and its certificate chain (own certificate first, root last)."""

    key: ec.EllipticCurvePrivateKey
    chain: tuple[x509.Certificate, ...]

    @property
    def certificate(self) -> x509.Certificate:
        return self.chain[0]


def fingerprint(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""


def _name(common: str, organisation: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "TH"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                      x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _write_new(key_path: Path, cert_path: Path, key: ec.EllipticCurvePrivateKey,
               cert: x509.Certificate) -> None:
    for p in (key_path, cert_path):
        if p.exists():
            raise UsageError(code="key.exists_any", path=p)
    write_bytes_atomic(key_path, key.private_bytes(serialization.Encoding.PEM,
                                                   serialization.PrivateFormat.PKCS8,
                                                   serialization.NoEncryption()), mode=0o600)
    write_bytes_atomic(cert_path, cert.public_bytes(serialization.Encoding.PEM))


def _key_usage(ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


def init_root(key_path: Path, cert_path: Path, name: str, years: int = 20) -> x509.Certificate:
    """A self-signed root for the scheme owner (mode 0600 key); never overwrites."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(name, name)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365 * years))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_key_usage(ca=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    _write_new(key_path, cert_path, key, cert)
    return cert


def issue_body(root: Credentials, body_id: str, body_name: str, key_path: Path, cert_path: Path,
               valid_from: dt.date, valid_until: dt.date) -> x509.Certificate:
    """A new ECDSA P-256 key for the body and its certificate from the root, for the given days."""
    key = ec.generate_private_key(ec.SECP256R1())
    start = dt.datetime.combine(valid_from, dt.time(), dt.UTC)
    end = dt.datetime.combine(valid_until, dt.time(23, 59, 59), dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(body_id, body_name))
            .issuer_name(root.certificate.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(ca=False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                root.certificate.public_key()), critical=False)  # type: ignore[arg-type]
            .sign(root.key, hashes.SHA256()))
    _write_new(key_path, cert_path, key, cert)
    return cert


def load_certificate(path: Path) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(path.read_bytes())
    except FileNotFoundError:
        raise UsageError(code="key.no_certificate", path=path) from None
    except (OSError, ValueError) as exc:
        raise UsageError(code="key.read_certificate", path=path, **because(exc)) from None


def load_credentials(key_path: Path, chain: list[Path]) -> Credentials:
    try:
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    except FileNotFoundError:
        raise UsageError(code="key.no_private_at", path=key_path) from None
    except (OSError, TypeError, ValueError) as exc:
        raise UsageError(code="key.read_private", path=key_path, **because(exc)) from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise UsageError(code="key.not_ecdsa", path=key_path)
    certs = tuple(load_certificate(p) for p in chain)
    if certs[0].public_key() != key.public_key():
        raise UsageError(code="key.not_its_certificate", certificate=chain[0], path=key_path)
    return Credentials(key, certs)


def document_paths(ed25519_key: Path) -> tuple[Path, Path, Path]:
    """Where a body's PDF-signing key, certificate and the scheme root sit beside its Ed25519 key
    (``CB01.key`` -> ``CB01.pdf.key``, ``CB01.pdf.crt``, ``root.crt``): `hria keys issue-body` writes
    them there."""
    stem = ed25519_key.with_suffix("")
    return (stem.with_name(stem.name + ".pdf.key"), stem.with_name(stem.name + ".pdf.crt"),
            ed25519_key.parent / "root.crt")


def document_credentials(ed25519_key: Path) -> Credentials | None:
    """The body's PDF-signing credentials beside its Ed25519 key, or None when it has none."""
    key, cert, root = document_paths(ed25519_key)
    if not key.exists():
        return None
    return load_credentials(key, [cert, root])
