"""The SQLite registry's schema, as numbered migrations (PRAGMA user_version counts those applied).

Migration 2 rebuilds ``bodies`` and ``certificates`` (SQLite cannot change a CHECK
constraint in place): keys move to their own append-only table with validity
periods, certificates gain the superseded status, the decision-maker, the
dates that bound the issue date and surveillance; triggers make history
append-only; a partial unique index keeps one current certificate per
organisation and scheme (older duplicates found on upgrade are superseded, and
the upgrade is an event).
"""

from __future__ import annotations

_V1 = """
CREATE TABLE bodies (id TEXT PRIMARY KEY, name_th TEXT NOT NULL, name_en TEXT NOT NULL,
                     public_key_pem TEXT NOT NULL, key_id TEXT NOT NULL);
CREATE TABLE auditors (id TEXT PRIMARY KEY, name TEXT NOT NULL,
                       body_id TEXT NOT NULL REFERENCES bodies(id), scope TEXT NOT NULL);
CREATE TABLE serials (body_id TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL,
                      PRIMARY KEY (body_id, year));
CREATE TABLE certificates (
    serial TEXT PRIMARY KEY, body_id TEXT NOT NULL REFERENCES bodies(id),
    auditor_id TEXT NOT NULL REFERENCES auditors(id), organisation_id TEXT NOT NULL,
    organisation_name_th TEXT NOT NULL, organisation_name_en TEXT NOT NULL,
    assessment_hash TEXT NOT NULL, set_ref TEXT NOT NULL, level TEXT NOT NULL,
    score REAL NOT NULL, issued_on TEXT NOT NULL, expires_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('valid', 'suspended', 'revoked', 'expired')),
    status_reason TEXT NOT NULL DEFAULT '', signed TEXT NOT NULL,
    UNIQUE (body_id, assessment_hash));
CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,
                     kind TEXT NOT NULL, subject TEXT NOT NULL, data TEXT NOT NULL,
                     prev_hash TEXT NOT NULL, hash TEXT NOT NULL)
"""

SCHEME = "substr(set_ref, 1, instr(set_ref, '@') - 1)"


def _refuse(name: str, table: str, when: str, message: str, event: str = "UPDATE") -> str:
    return (f"CREATE TRIGGER {name} BEFORE {event} ON {table} {when} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END")


_FIXED_CERT = ("serial", "body_id", "auditor_id", "organisation_id", "organisation_name_th",
               "organisation_name_en", "assessment_hash", "set_ref", "level", "score", "issued_on",
               "expires_on", "signed", "key_id", "decided_by", "organisation_type", "assessed_on",
               "set_effective_on", "backdate_reason", "surveillance_months", "supersedes")

_V2 = [
    """CREATE TABLE bodies_new (id TEXT PRIMARY KEY, name_th TEXT NOT NULL, name_en TEXT NOT NULL,
        accreditation TEXT NOT NULL DEFAULT 'accredited'
        CHECK (accreditation IN ('accredited', 'suspended', 'withdrawn')))""",
    "INSERT INTO bodies_new SELECT id, name_th, name_en, 'accredited' FROM bodies",
    """CREATE TABLE body_keys (key_id TEXT PRIMARY KEY, body_id TEXT NOT NULL REFERENCES bodies(id),
        public_key_pem TEXT NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT, compromised_from TEXT)""",
    "INSERT INTO body_keys SELECT key_id, id, public_key_pem, '2000-01-01', NULL, NULL FROM bodies",
    """CREATE TABLE certificates_new (
        serial TEXT PRIMARY KEY, body_id TEXT NOT NULL REFERENCES bodies(id),
        auditor_id TEXT NOT NULL REFERENCES auditors(id), organisation_id TEXT NOT NULL,
        organisation_name_th TEXT NOT NULL, organisation_name_en TEXT NOT NULL,
        assessment_hash TEXT NOT NULL, set_ref TEXT NOT NULL, level TEXT NOT NULL,
        score REAL NOT NULL, issued_on TEXT NOT NULL, expires_on TEXT NOT NULL,
        status TEXT NOT NULL
            CHECK (status IN ('valid', 'suspended', 'revoked', 'superseded', 'expired')),
        status_reason TEXT NOT NULL DEFAULT '', signed TEXT NOT NULL,
        key_id TEXT NOT NULL DEFAULT '', decided_by TEXT NOT NULL DEFAULT '',
        organisation_type TEXT NOT NULL DEFAULT '', assessed_on TEXT, set_effective_on TEXT,
        backdate_reason TEXT NOT NULL DEFAULT '', surveillance_months INTEGER NOT NULL DEFAULT 12,
        surveillance_due TEXT, supersedes TEXT NOT NULL DEFAULT '',
        status_cause TEXT NOT NULL DEFAULT '')""",
    """INSERT INTO certificates_new (serial, body_id, auditor_id, organisation_id, organisation_name_th,
        organisation_name_en, assessment_hash, set_ref, level, score, issued_on, expires_on, status,
        status_reason, signed, key_id, surveillance_due)
       SELECT c.serial, c.body_id, c.auditor_id, c.organisation_id, c.organisation_name_th,
        c.organisation_name_en, c.assessment_hash, c.set_ref, c.level, c.score, c.issued_on, c.expires_on,
        c.status, c.status_reason, c.signed, b.key_id, date(c.issued_on, '+12 months')
       FROM certificates c JOIN bodies b ON b.id = c.body_id""",
    "DROP TABLE certificates",
    "ALTER TABLE certificates_new RENAME TO certificates",
    "DROP TABLE bodies",
    "ALTER TABLE bodies_new RENAME TO bodies",
    f"""UPDATE certificates SET status = 'superseded', status_cause = 'migration',
        status_reason = 'a later certificate for the same organisation and scheme was valid when the '
                        || 'registry was upgraded'
       WHERE status IN ('valid', 'suspended') AND EXISTS (
        SELECT 1 FROM certificates later WHERE later.organisation_id = certificates.organisation_id
        AND substr(later.set_ref, 1, instr(later.set_ref, '@') - 1) = {SCHEME}
        AND later.status IN ('valid', 'suspended') AND later.serial > certificates.serial)""",
    f"""CREATE UNIQUE INDEX one_current_certificate ON certificates (organisation_id, ({SCHEME}))
        WHERE status IN ('valid', 'suspended')""",
    """CREATE UNIQUE INDEX one_certificate_per_assessment ON certificates (body_id, assessment_hash)
        WHERE status <> 'superseded'""",
    "CREATE INDEX certificates_by_organisation ON certificates (organisation_id)",
    """CREATE TABLE conflicts (auditor_id TEXT NOT NULL REFERENCES auditors(id),
        organisation_id TEXT NOT NULL, declared_on TEXT NOT NULL, reason TEXT NOT NULL,
        PRIMARY KEY (auditor_id, organisation_id))""",
    """CREATE TABLE complaints (id INTEGER PRIMARY KEY AUTOINCREMENT,
        serial TEXT NOT NULL REFERENCES certificates(serial),
        kind TEXT NOT NULL CHECK (kind IN ('complaint', 'appeal')), received_on TEXT NOT NULL,
        summary TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT '', closed_on TEXT)""",
    """CREATE TABLE surveillance_visits (id INTEGER PRIMARY KEY AUTOINCREMENT,
        serial TEXT NOT NULL REFERENCES certificates(serial), visited_on TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('passed', 'failed')),
        auditor_id TEXT NOT NULL REFERENCES auditors(id))""",
    _refuse("bodies_identity_fixed", "bodies",
            "WHEN NEW.id IS NOT OLD.id OR NEW.name_th IS NOT OLD.name_th OR NEW.name_en IS NOT OLD.name_en",
            "a body identity is append-only"),
    _refuse("bodies_kept", "bodies", "", "bodies are never deleted", "DELETE"),
    _refuse("keys_fixed", "body_keys",
            "WHEN NEW.key_id IS NOT OLD.key_id OR NEW.body_id IS NOT OLD.body_id "
            "OR NEW.public_key_pem IS NOT OLD.public_key_pem OR NEW.valid_from IS NOT OLD.valid_from "
            "OR (OLD.valid_to IS NOT NULL AND NEW.valid_to IS NOT OLD.valid_to) "
            "OR (OLD.compromised_from IS NOT NULL AND NEW.compromised_from IS NOT OLD.compromised_from)",
            "keys are append-only"),
    _refuse("keys_kept", "body_keys", "", "keys are never deleted", "DELETE"),
    _refuse("events_fixed", "events", "", "the event log is append-only"),
    _refuse("events_kept", "events", "", "the event log is append-only", "DELETE"),
    _refuse("certificates_fixed", "certificates",
            "WHEN " + " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _FIXED_CERT),
            "an issued certificate is not rewritten (re-issue it)"),
    _refuse("certificates_final", "certificates",
            "WHEN OLD.status IN ('revoked', 'superseded') AND NEW.status IS NOT OLD.status",
            "revoked and superseded are final"),
    _refuse("certificates_kept", "certificates", "", "certificates are never deleted", "DELETE"),
    _refuse("auditors_fixed", "auditors",
            "WHEN NEW.id IS NOT OLD.id OR NEW.body_id IS NOT OLD.body_id OR NEW.scope IS NOT OLD.scope",
            "an accreditation is not rewritten"),
    _refuse("auditors_kept", "auditors", "", "auditors are never deleted", "DELETE"),
]

MIGRATIONS: list[list[str]] = [
    [s for s in _V1.split(";") if s.strip()],
    _V2,
]
