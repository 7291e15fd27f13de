"""A clearly fictional national-scale population for the demo dashboard: thousands of organisations
across the 77 provinces, the four organisation types and the fiscal years of the NHRC plan.

Every name says it is fictional ("องค์กรสมมุติ" / "Fictional organisation"), registration numbers
start with 99 (no real juristic person has one), and the results are drawn at random from a
seeded generator — not scored from answers: they exist so that the dashboard, its
suppression and its open data can be seen at the scale they are built for. Certificates are
issued through the registry like any other (serials, signatures, event log).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hria.dashboard.records import AssessmentLog, AssessmentSummary
from hria.models.assessment import registration_check_digit
from hria.models.provinces import PROVINCES
from hria.registry.model import Auditor, CertificateRecord, CertificateStatus, Registry
from hria.registry.model import today as bangkok_today

TYPE_SHARE = {"local_administration": 0.45, "government_agency": 0.2, "educational_institution": 0.15,
              "business": 0.2}
SET_OF = {"government_agency": "gov", "local_administration": "lao", "educational_institution": "edu",
          "business": "business"}
SIZES = ("micro", "small", "medium", "large")
FIRST_DAY = dt.date(2022, 10, 1)  # fiscal year 2566, the plan's first
BIG_PROVINCES = {"bangkok": 12.0, "chiang_mai": 3.0, "khon_kaen": 2.5, "nakhon_ratchasima": 3.0,
                 "chonburi": 2.5, "songkhla": 2.0, "udon_thani": 2.0, "ubon_ratchathani": 2.0}
LEVEL_FROM = (("excellent", 85.0), ("good", 70.0), ("basic", 55.0))
KEY_SINCE = FIRST_DAY
"""From when the population's body key signs: the plan's first fiscal year."""
DECIDER = "DEMO-DECIDER"
"""The demo body's second person, who makes certification decisions (never the lead auditor)."""
REASON = "fictional demonstration population (hria demo --population)"



@dataclass(frozen=True)
class SetShape:
    ref: str
    subtypes: tuple[str, ...]
    domains: tuple[str, ...]
    gates: tuple[str, ...]
    validity_months: int


def set_shapes() -> dict[str, SetShape]:
    """The newest version of each organisation type's set: its subtypes, domains and gate criteria."""
    from hria import criteria_sets

    shapes = {}
    for kind, set_id in SET_OF.items():
        cs = criteria_sets.load(set_id).model
        gates = ({c.id for c in cs.criteria if c.must_pass}
                 | {n.criterion for n in cs.rules.non_negotiables or []})
        shapes[kind] = SetShape(cs.ref, tuple(s.id for s in cs.subtypes or ()),
                                tuple(d.id for d in cs.domains), tuple(sorted(gates)),
                                cs.certificate_validity_months)
    return shapes


def _registration(i: int) -> str:
    first12 = f"99{i:010d}"
    return first12 + str(registration_check_digit(first12))


def _day(rng: random.Random, start: dt.date, end: dt.date, growth: float) -> dt.date:
    """A day between start and end, later days likelier (adoption grows year on year)."""
    span = (end - start).days
    return start + dt.timedelta(days=int(span * rng.random() ** (1 / growth)))


def summaries(count: int, today: dt.date, seed: int = 2566,
              shapes: dict[str, SetShape] | None = None) -> list[AssessmentSummary]:
    """``count`` fictional organisations, each with one to three assessments."""
    rng = random.Random(seed)
    shapes = shapes or set_shapes()
    provinces = [p.id for p in PROVINCES]
    weights = [BIG_PROVINCES.get(p, 1.0) for p in provinces]
    kinds, shares = list(TYPE_SHARE), list(TYPE_SHARE.values())
    # Each set has a few gates organisations fail often: NHRC's "act here" list should stand out.
    hard = {k: {g: rng.choice((0.003, 0.006, 0.01, 0.06)) for g in s.gates} for k, s in shapes.items()}
    weak = {k: {d: rng.uniform(-18, 6) for d in s.domains} for k, s in shapes.items()}
    out = []
    for i in range(1, count + 1):
        kind = rng.choices(kinds, shares)[0]
        shape = shapes[kind]
        province = rng.choices(provinces, weights)[0]
        size = rng.choice(SIZES) if kind == "business" else rng.choice(("medium", "large"))
        subtype = rng.choice(shape.subtypes) if shape.subtypes else ""
        consent = kind != "business" or rng.random() < 0.8
        day = _day(rng, FIRST_DAY, today, 1.6)
        ability = rng.gauss(68, 11)
        for visit in range(rng.choice((1, 1, 1, 2, 3))):
            if day > today:
                break
            domains: dict[str, float | None] = {
                d: round(min(100.0, max(0.0, rng.gauss(ability + weak[kind][d] + 4 * visit, 9))), 2)
                for d in shape.domains}
            overall = round(sum(v for v in domains.values() if v is not None) / len(domains), 2)
            odds = 1.4 if overall < 60 else 0.6
            failed = tuple(g for g in shape.gates if rng.random() < hard[kind][g] * odds)
            level = next((lv for lv, at in LEVEL_FROM if overall >= at), "") if not failed else ""
            out.append(AssessmentSummary(
                f"fictional-{i:06d}-{visit}", _registration(i),
                f"องค์กรสมมุติ {i:05d} (ข้อมูลตัวอย่าง)", f"Fictional organisation {i:05d} (sample data)",
                kind, subtype, size, province, shape.ref, day, "certified" if level else "refused",
                level, overall, domains, failed, consent))
            day = day + dt.timedelta(days=rng.randint(200, 500))
    return out


def fill(registry: Registry, count: int, body_id: str, auditor_id: str, key: Ed25519PrivateKey,
         today: dt.date | None = None, seed: int = 2566, decided_by: str = DECIDER,
         progress: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Write the population into ``registry``: its summaries, and a certificate for each certified
    assessment, issued through the registry's rules like any other (the body's key must sign
    on the issue dates; ``decided_by`` is a second person of the body, who makes the decision).
    A re-certification supersedes the organisation's earlier certificate; most certificates have
    their yearly surveillance visits, some are overdue, a few suspended or revoked.
    Returns (assessments, certificates)."""
    from hria import signing
    from hria.certificates.issuing import add_months
    from hria.certificates.payload import payload_of

    today = today or bangkok_today()
    _decision_maker(registry, body_id, decided_by)
    shapes = set_shapes()
    rng = random.Random(seed + 1)
    found = summaries(count, today, seed, shapes)
    validity = {s.ref: s.validity_months for s in shapes.values()}
    kid = signing.key_id(key.public_key())

    def sign(r: CertificateRecord) -> str:
        return signing.sign(payload_of(r, kid), key)

    stored, issued = [], 0
    for s in found:
        if s.decision != "certified":
            stored.append(s)
            continue
        issued_on = min(today, s.assessed_on + dt.timedelta(days=rng.randint(7, 40)))
        draft = CertificateRecord(
            serial="", body_id=body_id, auditor_id=auditor_id, organisation_id=s.organisation_id,
            organisation_name_th=s.name_th, organisation_name_en=s.name_en, assessment_hash=s.assessment_hash,
            set_ref=s.set_ref, level=s.level, score=s.overall or 0.0, issued_on=issued_on,
            expires_on=add_months(issued_on, validity[s.set_ref]) - dt.timedelta(days=1),
            status="valid", status_reason="", signed="", key_id=kid, decided_by=decided_by,
            organisation_type=s.organisation_type, assessed_on=s.assessed_on,
            set_effective_on=s.assessed_on,  # fictional: the population predates the shipped sets
            backdate_reason=REASON, surveillance_months=12)
        record, _ = registry.issue(draft, sign, actor=decided_by, supersede=True)
        issued += 1
        stored.append(replace(s, serial=record.serial))
        _visits(registry, record, auditor_id, decided_by, today, rng)
        if progress is not None:
            progress(issued)
    ours = {s.serial for s in stored if s.serial}
    for record in registry.certificates():
        roll = rng.random()
        if record.serial not in ours or record.effective_status(today) != "valid" or roll > 0.05:
            continue
        status: CertificateStatus = "revoked" if roll < 0.02 else "suspended"
        registry.set_status(record.serial, status, f"fictional: sample {status}", decided_by)
    log = AssessmentLog.of(registry)
    log.add(stored)
    log.close()
    return len(stored), issued


def add_body(registry: Registry, body_id: str, key: Ed25519PrivateKey, auditor_id: str,
             names: tuple[str, str] = ("หน่วยรับรองสาธิต", "Demonstration certification body")) -> None:
    """Register a body whose key signs from before the plan's first fiscal year (so the population's
    backdated certificates are within its validity) and a lead auditor for every organisation type."""
    from hria import signing
    from hria.loading.vocabulary import known_organisation_types
    from hria.registry.model import Body

    public = key.public_key()
    body = Body(body_id, names[0], names[1], signing.public_pem(public).decode(), signing.key_id(public))
    auditor = Auditor(auditor_id, "ผู้ตรวจรับรองสาธิต (demo auditor)", body_id, known_organisation_types())
    registry.add_body(body, "demo-population", "fictional demonstration body", key_valid_from=KEY_SINCE)
    registry.add_auditor(auditor, "demo-population", "fictional demonstration auditor")


def _decision_maker(registry: Registry, body_id: str, person: str) -> None:
    """Register the body's decision-maker once (the registry wants someone other than the lead auditor)."""
    from hria.errors import UsageError
    from hria.loading.vocabulary import known_organisation_types

    try:
        registry.auditor(person)
        return
    except UsageError:
        pass
    who = Auditor(person, "ผู้ตัดสินการรับรองสาธิต (demo decision-maker)", body_id, known_organisation_types())
    registry.add_auditor(who, "demo-population", "decides the fictional population's certificates")


def _visits(registry: Registry, record: CertificateRecord, auditor_id: str, actor: str, today: dt.date,
            rng: random.Random) -> None:
    """Yearly surveillance visits up to today; about one certificate in twelve misses one (overdue)."""
    from hria.certificates.issuing import add_months

    if record.expires_on < today:
        return
    due = add_months(record.issued_on, 12)
    while due <= today and due <= record.expires_on:
        if rng.random() < 0.08:
            return  # missed: the certificate stays overdue from here
        visited = due - dt.timedelta(days=rng.randint(0, 45))
        registry.record_surveillance(record.serial, visited, "passed", auditor_id, actor,
                                     "fictional: sample surveillance visit")
        due = add_months(due, 12)
