"""Issuing certificates: from a scored assessment to a registered, signed, rendered PDF.

Order matters for crash safety. The registry transaction allocates the serial
and stores the signed record; only then is the PDF written (atomically). A
process killed in between leaves a registered certificate without a file, and
the next run finds the record (same body, same assessment hash) and writes the
missing file — never a second serial, never a gap, never a half-written PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hria import signing
from hria.assessments import LoadedAssessment
from hria.certificates.document import CertificateInput, render
from hria.certificates.payload import payload_of, qr_payload_of
from hria.certificates.payload import verification_url as payload_url
from hria.errors import HriaError
from hria.loading.vocabulary import load_vocabulary
from hria.models.text import Text, named
from hria.pki import Credentials
from hria.registry.model import Auditor, Body, CertificateRecord, Registry, RuleBroken
from hria.registry.store import add_months
from hria.scoring import CompiledSet, compile_set
from hria.scoring import score as score_one
from hria.scoring.texts import Message, rounded
from hria.writing import write_files_atomic

if TYPE_CHECKING:
    from hria.dashboard.records import AssessmentLog
    from hria.scoring.result import Result


class Refused(HriaError):
    """The assessment cannot be certified (decision, accreditation); carries the reasons in Thai
    and English. ``reasons`` are the English texts (summaries and logs keep one language)."""

    def __init__(self, messages: list[Message]):
        self.messages = messages
        self.reasons = [m.en for m in messages]
        super().__init__("; ".join(self.reasons))

    def reasons_in(self, lang: str) -> list[str]:
        return [m.in_(lang) for m in self.messages]


def draft_for(item: LoadedAssessment, compiled: CompiledSet, body: Body, auditor: Auditor,
              issued_on: dt.date, decided_by: str = "", backdate_reason: str = "",
              on_scored: Callable[[Result], None] | None = None) -> CertificateRecord:
    """Score the assessment and check accreditation; raise Refused with every reason.
    ``on_scored`` sees the result first (the registry keeps a summary of every scored assessment)."""
    result = score_one(compiled, item.model)
    if on_scored is not None:
        on_scored(result)
    org = item.model.organisation
    reasons: list[Message] = []
    if result.decision != "certified" or result.level is None:
        reasons += result.reasons  # each says why, and that it is not certified
    if auditor.body_id != body.id:
        reasons.append(Message(
            "auditor_other_body",
            f"ผู้ตรวจรับรอง {auditor.id} ขึ้นทะเบียนกับหน่วยรับรอง {auditor.body_id} ไม่ใช่ {body.id}",
            f"auditor {auditor.id} is accredited by {auditor.body_id}, not by {body.id}"))
    if org.type not in auditor.scope:
        names: dict[str, Text] = {t.id: t.name for t in load_vocabulary().organisation_types}
        reasons.append(Message(
            "auditor_out_of_scope",
            f"ผู้ตรวจรับรอง {auditor.id} ไม่ได้รับการรับรองให้ตรวจประเภท{named(names, org.type, 'th')} "
            f"(ขอบเขต: {', '.join(named(names, t, 'th') for t in auditor.scope)})",
            f"auditor {auditor.id} is not accredited for {org.type} (scope: {', '.join(auditor.scope)})"))
    if reasons:
        raise Refused(reasons)
    assert result.level is not None and result.overall is not None
    criteria = item.criteria.model
    months = criteria.certificate_validity_months
    return CertificateRecord(
        serial="", body_id=body.id, auditor_id=auditor.id,
        organisation_id=org.registration_number, organisation_name_th=org.name.th,
        organisation_name_en=org.name.en, assessment_hash=result.assessment_hash,
        set_ref=result.set_ref, level=result.level.id, score=rounded(result.overall),
        issued_on=issued_on, expires_on=add_months(issued_on, months) - dt.timedelta(days=1),
        status="valid", status_reason="", signed="", key_id=body.key_id, decided_by=decided_by,
        organisation_type=org.type, assessed_on=item.model.assessed_on,
        set_effective_on=criteria.effective_date, backdate_reason=backdate_reason,
        surveillance_months=int(getattr(criteria, "surveillance_interval_months", None) or 12),
    )


def signer(key: Ed25519PrivateKey) -> Callable[[CertificateRecord], str]:
    kid = signing.key_id(key.public_key())
    return lambda r: signing.sign(payload_of(r, kid), key)


def register(registry: Registry, draft: CertificateRecord, key: Ed25519PrivateKey,
             supersede: bool = False) -> tuple[CertificateRecord, bool]:
    """Store the certificate; a rule the registry enforces becomes a refusal with its reason."""
    try:
        return registry.issue(draft, signer(key), actor=draft.decided_by, supersede=supersede)
    except RuleBroken as exc:
        raise Refused([Message("registry_rule", exc.th, exc.en)]) from None


def qr_text(record: CertificateRecord, key: Ed25519PrivateKey, verification_url: str | None = None) -> str:
    """What the certificate's QR code carries (the same every time): the compact signed payload,
    in the fragment of the scheme's verification page URL when the scheme gives one."""
    signed = signing.sign(qr_payload_of(record, signing.key_id(key.public_key())), key)
    return signed if verification_url is None else payload_url(verification_url, signed)


def write_pdfs(items: Sequence[tuple[CertificateInput, Path]]) -> None:
    """Lay out the certificates in one pass and write the files atomically, synced together."""
    pdfs = render([i for i, _ in items])
    write_files_atomic([(path, data) for data, (_, path) in zip(pdfs, items, strict=True)])


@dataclass
class Issuer:
    """Issues certificates for one registry and key, compiling each criteria set once."""

    registry: Registry
    key: Ed25519PrivateKey
    compiled: dict[str, CompiledSet]
    document_signer: Credentials | None = None
    """The body's PDF-signing credentials (``pki.document_credentials``); None: PDFs left unsigned."""
    verification_url: str | None = None
    """The scheme's verification page (``scheme.read(...).verification_url``) the QR code leads to."""
    summaries: AssessmentLog | None = None
    """Where summaries of scored assessments go (opened on first use)."""

    @classmethod
    def beside_key(cls, registry: Registry, key: Ed25519PrivateKey, key_path: Path) -> Issuer:
        """An issuer that also uses what sits beside the body's key file: its PDF-signing key and
        certificate (`hria keys issue-body`) and the scheme file (its verification page URL)."""
        from hria import pki, scheme

        found = scheme.beside(key_path)
        url = scheme.read(found).verification_url if found.exists() else None
        return cls(registry, key, {}, pki.document_credentials(key_path), url)

    def _keep_summary(self, result: Result, item: LoadedAssessment, serial: str) -> None:
        """The dashboard's summary of the scored assessment, in the registry's database (not the answers)."""
        from hria.dashboard.records import AssessmentLog, kept_in, summary_of

        if not kept_in(self.registry):
            return
        if self.summaries is None:
            self.summaries = AssessmentLog.of(self.registry)
        self.summaries.add([summary_of(result, item.model, serial)])

    def compiled_for(self, item: LoadedAssessment) -> CompiledSet:
        key = item.criteria.content_hash
        if key not in self.compiled:
            self.compiled[key] = compile_set(item.criteria.model, key)
        return self.compiled[key]

    def document(self, record: CertificateRecord, item: LoadedAssessment) -> CertificateInput:
        """What to render for a record already registered (e.g. a re-issue)."""
        return CertificateInput(record, self.registry.body(record.body_id),
                                self.registry.auditor(record.auditor_id), item.criteria.model,
                                qr_text(record, self.key, self.verification_url), self.document_signer)

    def prepare(self, item: LoadedAssessment, body_id: str, auditor_id: str, issued_on: dt.date,
                decided_by: str = "", backdate_reason: str = "",
                supersede: bool = False) -> tuple[CertificateRecord, bool, CertificateInput]:
        from hria.dashboard.records import decision_tx

        body, auditor = self.registry.body(body_id), self.registry.auditor(auditor_id)
        if body.key_id != signing.key_id(self.key.public_key()):
            raise Refused([Message(
                "wrong_key", f"กุญแจที่ใช้ลงนามไม่ใช่กุญแจที่ขึ้นทะเบียนไว้ของหน่วยรับรอง {body_id}",
                f"the signing key is not the one registered for body {body_id}")])
        scored: list[Result] = []
        try:
            draft = draft_for(item, self.compiled_for(item), body, auditor, issued_on, decided_by,
                              backdate_reason, scored.append)
        except Refused:
            if scored and scored[0].decision != "certified":  # refused on its merits, not for accreditation
                self._keep_summary(scored[0], item, "")
            raise
        with decision_tx(self.registry):  # on PostgreSQL the decision and its summary commit together
            record, new = register(self.registry, draft, self.key, supersede)
            self._keep_summary(scored[0], item, record.serial)
        return record, new, CertificateInput(record, body, auditor, item.criteria.model,
                                             qr_text(record, self.key, self.verification_url),
                                             self.document_signer)
