"""The PAdES signature over a whole certificate PDF: prepared while stamping, filled in last.

``add_placeholder`` gives the page an invisible signature field whose /Contents is a run
of zeros and whose /ByteRange is a fixed-width placeholder; after the file is saved,
``sign_prepared`` writes the byte range in place, hashes the file around /Contents and
puts a CAdES-detached CMS (ECDSA P-256, signing-certificate-v2) into the zeros. Nothing
shifts, so signing costs a hash and one ECDSA signature instead of a pyHanko round trip
over the file (~22 ms). ``inspect`` reads a signature back with the checks ``hria verify``
makes on top of pyHanko's: one signature, covering the whole file, unused padding zeros.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hria.errors import HriaError
from hria.pki import Credentials

if TYPE_CHECKING:
    import pikepdf

CONTENTS_SIZE = 2048
"""Bytes reserved for the CMS (a signature with the signer's certificate takes about 850)."""

_RANGE_WIDTH = 10
_PLACEHOLDER_RANGE = [0, 10**_RANGE_WIDTH - 1, 10**_RANGE_WIDTH - 1, 10**_RANGE_WIDTH - 1]
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*0\s+9{10}\s+9{10}\s+9{10}\s*\]")
_CONTENTS = re.compile(rb"/Contents\s*<(0{%d})>" % (2 * CONTENTS_SIZE))
FIELD_NAME = "HRIA certificate signature"


class DocumentSignatureError(HriaError):
    """The PDF's signature is missing, malformed, or does not cover the file as signed."""


def add_placeholder(pdf: pikepdf.Pdf, page: pikepdf.Page, signed_at: dt.datetime, reason: str) -> None:
    """An invisible signature field on ``page`` with room for the signature (see module doc)."""
    from pikepdf import Array, Dictionary, Name, String

    signature = pdf.make_indirect(Dictionary(
        Type=Name.Sig, Filter=Name("/Adobe.PPKLite"), SubFilter=Name("/ETSI.CAdES.detached"),
        ByteRange=Array(_PLACEHOLDER_RANGE), Contents=String(b"\0" * CONTENTS_SIZE),
        M=String(signed_at.strftime("D:%Y%m%d%H%M%S+00'00'")), Reason=String(reason),
    ))
    widget = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Widget, FT=Name.Sig, T=String(FIELD_NAME), V=signature,
        F=132, Rect=Array([0, 0, 0, 0]), P=page.obj,  # 132: print + locked
    ))
    page.obj.Annots = pdf.make_indirect(Array([widget]))
    pdf.Root.AcroForm = Dictionary(Fields=Array([widget]), SigFlags=3)


def sign_prepared(data: bytes, credentials: Credentials) -> bytes:
    """The saved file with its placeholder filled: the last write to the document."""
    contents = _CONTENTS.search(data)
    byte_range = _BYTE_RANGE.search(data)
    if contents is None or byte_range is None:
        raise DocumentSignatureError(code="pdf.no_placeholder")
    start, end = contents.start(1) - 1, contents.end(1) + 1  # the hex string with its < >
    ranges = b"/ByteRange [0 %d %d %d" % (start, end, len(data) - end)
    ranges = ranges.ljust(byte_range.end() - byte_range.start() - 1) + b"]"
    out = bytearray(data)
    out[byte_range.start():byte_range.end()] = ranges
    digest = hashlib.sha256(bytes(out[:start]) + bytes(out[end:])).digest()
    cms = _cms(digest, credentials)
    if len(cms) > CONTENTS_SIZE:
        raise DocumentSignatureError(code="pdf.signature_too_big", size=len(cms), limit=CONTENTS_SIZE)
    out[start + 1:start + 1 + 2 * len(cms)] = cms.hex().encode("ascii")
    return bytes(out)


_DIGEST_MARK = bytes(range(0xA0, 0xC0))
"""Stands for the file's SHA-256 in a prepared CMS template (32 bytes that occur nowhere else)."""
_templates: dict[tuple[str, int], tuple[bytes, bytes, int, int]] = {}


def _cms(digest: bytes, credentials: Credentials) -> bytes:
    """The CMS for ``digest``: the signed attributes and the SignedData around them are prepared
    once per signer (and signature length) with asn1crypto; signing splices the digest and the
    signature in (asn1crypto building it each time cost ~7 ms of CPU)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    attributes, _, _, _ = _template(credentials, 72)
    at = attributes.index(_DIGEST_MARK)
    signature = credentials.key.sign(attributes[:at] + digest + attributes[at + 32:],
                                     ec.ECDSA(hashes.SHA256()))
    _, whole, digest_at, signature_at = _template(credentials, len(signature))
    return (whole[:digest_at] + digest + whole[digest_at + 32:signature_at] + signature
            + whole[signature_at + len(signature):])


def _template(credentials: Credentials, signature_length: int) -> tuple[bytes, bytes, int, int]:
    """(signed attributes as signed, whole CMS, offset of the digest, offset of the signature)."""
    from hria.pki import fingerprint

    key = (fingerprint(credentials.certificate), signature_length)
    if key not in _templates:
        mark = b"\x5a" * signature_length
        attributes, whole = _build_cms(_DIGEST_MARK, mark, credentials)
        if whole.count(_DIGEST_MARK) != 1 or whole.count(mark) != 1:
            raise DocumentSignatureError(code="pdf.cms_template")
        _templates[key] = (attributes, whole, whole.index(_DIGEST_MARK), whole.index(mark))
    return _templates[key]


def _build_cms(digest: bytes, signature: bytes, credentials: Credentials) -> tuple[bytes, bytes]:
    from asn1crypto import algos, cms, tsp
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization

    # Only the signer's own certificate: the signed attributes bind it by hash, so no byte of
    # /Contents is left that could change without breaking the signature (a root copied in would
    # be such bytes; verifiers take the root from the scheme file).
    own = asn1_x509.Certificate.load(credentials.certificate.public_bytes(serialization.Encoding.DER))
    attributes = sorted([
        cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
        cms.CMSAttribute({"type": "message_digest", "values": [digest]}),
        cms.CMSAttribute({"type": "signing_certificate_v2", "values": [tsp.SigningCertificateV2({
            "certs": [tsp.ESSCertIDv2({"hash_algorithm": {"algorithm": "sha256"},
                                       "cert_hash": hashlib.sha256(own.dump()).digest()})]})]}),
    ], key=lambda a: a.dump())  # DER orders a SET OF by encoding
    signed_attrs = cms.CMSAttributes(attributes)
    signer = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber(
            {"issuer": own.issuer, "serial_number": own.serial_number})}),
        "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
        "signed_attrs": signed_attrs,
        "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}),
        "signature": signature,
    })
    signed_data = cms.SignedData({
        "version": "v1", "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
        "encap_content_info": {"content_type": "data"}, "certificates": [own],
        "signer_infos": [signer],
    })
    whole = cms.ContentInfo({"content_type": "signed_data", "content": signed_data}).dump()
    return bytes(signed_attrs.dump()), bytes(whole)


_SIG_DICT = re.compile(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")


def inspect(data: bytes) -> tuple[int, int, int, int]:
    """The signature's byte range, after checking that it covers the whole file as saved, with
    nothing appended, and that the /Contents padding after the CMS is zeros."""
    found = _SIG_DICT.findall(data)
    if not found:
        raise DocumentSignatureError(code="pdf.unsigned")
    if len(found) > 1:
        raise DocumentSignatureError(code="pdf.two_signatures")
    a, b, c, d = (int(x) for x in found[0])
    if a != 0 or c + d != len(data) or not b < c <= len(data):
        raise DocumentSignatureError(code="pdf.not_whole")
    gap = data[b:c]
    if not (gap.startswith(b"<") and gap.endswith(b">")):
        raise DocumentSignatureError(code="pdf.byte_range")
    try:
        raw = bytes.fromhex(gap[1:-1].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise DocumentSignatureError(code="pdf.not_hex") from None
    used = _der_length(raw)
    if any(raw[used:]):
        raise DocumentSignatureError(code="pdf.padding")
    return a, b, c, d


def _der_length(raw: bytes) -> int:
    """Length of the DER element at the start of ``raw`` (the CMS), header included."""
    if len(raw) < 2 or raw[0] != 0x30:
        raise DocumentSignatureError(code="pdf.not_cms")
    first = raw[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if not 1 <= count <= 4 or len(raw) < 2 + count:
        raise DocumentSignatureError(code="pdf.not_cms")
    return 2 + count + int.from_bytes(raw[2:2 + count], "big")


@dataclass(frozen=True)
class Validation:
    """pyHanko's findings, kept apart as it keeps them (see STYLE.md, "a verdict lists its checks")."""

    intact: bool
    valid: bool
    trusted: bool
    whole_file: bool
    signer: str
    """Common name of the signing certificate: the body id."""
    signer_fingerprint: str
    problem: str


def validate(data: bytes, root_pem: bytes, at: dt.datetime) -> Validation:
    """Validate the (single) signature with pyHanko against the scheme's root, as of ``at``."""
    import io

    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko_certvalidator import ValidationContext

    inspect(data)
    _, _, der = pem.unarmor(root_pem)
    context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)], moment=at,
                                allow_fetching=False, revocation_mode="soft-fail")
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
        if len(signatures) != 1:
            raise DocumentSignatureError(code="pdf.signatures", count=len(signatures))
        status = validate_pdf_signature(signatures[0], signer_validation_context=context)
    except DocumentSignatureError:
        raise
    except (PdfError, SignatureValidationError) as exc:
        raise DocumentSignatureError(code="pdf.unreadable", detail=exc) from None
    except Exception as exc:
        raise DocumentSignatureError(code="pdf.unreadable", detail=type(exc).__name__) from None
    cert = status.signing_cert
    cn = cert.subject.native.get("common_name", "") if cert is not None else ""
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    problem = "" if status.trusted else str(getattr(status, "trust_problem_indic", "") or "untrusted")
    return Validation(status.intact, status.valid, status.trusted, whole, str(cn),
                      hashlib.sha256(cert.dump()).hexdigest() if cert is not None else "", problem)
