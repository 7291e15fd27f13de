"""The PostgreSQL registry's schema, roles and row-level security, as numbered migrations.

Roles: ``hria_body`` (each certification body logs in with its own role, a member
of it, mapped to its body id in ``body_roles``), ``hria_scheme`` (the scheme
owner, NHRC: reads everything, registers and suspends bodies, suspends or
revokes any certificate) and ``hria_public`` (the public list only). Row-level
security is FORCEd on every table, so the table owner is no exception. Events
are appended only through ``hria_append_event``, a SECURITY DEFINER function that
locks the chain's head: concurrent writers neither fork the chain nor need to
read other bodies' rows. Serial numbers come from a counter row updated in the
issuing transaction (a SEQUENCE would leave gaps on rollback).
"""

from __future__ import annotations

_ROLES = "DO $$ BEGIN " + " ".join(
    f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{r}') THEN CREATE ROLE {r} NOLOGIN; END IF;"
    for r in ("hria_body", "hria_scheme", "hria_public")) + " END $$"

_TABLES = [
    """CREATE TABLE bodies (id text PRIMARY KEY, name_th text NOT NULL, name_en text NOT NULL,
        accreditation text NOT NULL DEFAULT 'accredited'
        CHECK (accreditation IN ('accredited', 'suspended', 'withdrawn')))""",
    """CREATE TABLE body_keys (key_id text PRIMARY KEY, body_id text NOT NULL REFERENCES bodies(id),
        public_key_pem text NOT NULL, valid_from date NOT NULL, valid_to date, compromised_from date)""",
    "CREATE TABLE body_roles (role_name text PRIMARY KEY, body_id text NOT NULL)",
    """CREATE TABLE auditors (id text PRIMARY KEY, name text NOT NULL,
        body_id text NOT NULL REFERENCES bodies(id), scope text NOT NULL)""",
    """CREATE TABLE serials (body_id text NOT NULL REFERENCES bodies(id), year integer NOT NULL,
        last integer NOT NULL, PRIMARY KEY (body_id, year))""",
    """CREATE TABLE certificates (
        serial text PRIMARY KEY, body_id text NOT NULL REFERENCES bodies(id),
        auditor_id text NOT NULL REFERENCES auditors(id), organisation_id text NOT NULL,
        organisation_name_th text NOT NULL, organisation_name_en text NOT NULL,
        assessment_hash text NOT NULL, set_ref text NOT NULL, level text NOT NULL,
        score double precision NOT NULL, issued_on date NOT NULL, expires_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('valid', 'suspended', 'revoked', 'superseded', 'expired')),
        status_reason text NOT NULL DEFAULT '', signed text NOT NULL,
        key_id text NOT NULL DEFAULT '', decided_by text NOT NULL DEFAULT '',
        organisation_type text NOT NULL DEFAULT '', assessed_on date, set_effective_on date,
        backdate_reason text NOT NULL DEFAULT '', surveillance_months integer NOT NULL DEFAULT 12,
        surveillance_due date, supersedes text NOT NULL DEFAULT '',
        status_cause text NOT NULL DEFAULT '')""",
    """CREATE UNIQUE INDEX one_current_certificate ON certificates
        (organisation_id, split_part(set_ref, '@', 1)) WHERE status IN ('valid', 'suspended')""",
    """CREATE UNIQUE INDEX one_certificate_per_assessment ON certificates (body_id, assessment_hash)
        WHERE status <> 'superseded'""",
    "CREATE INDEX certificates_by_organisation ON certificates (organisation_id)",
    """CREATE TABLE conflicts (auditor_id text NOT NULL REFERENCES auditors(id),
        organisation_id text NOT NULL, declared_on date NOT NULL, reason text NOT NULL,
        PRIMARY KEY (auditor_id, organisation_id))""",
    """CREATE TABLE complaints (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        serial text NOT NULL REFERENCES certificates(serial),
        kind text NOT NULL CHECK (kind IN ('complaint', 'appeal')), received_on date NOT NULL,
        summary text NOT NULL, outcome text NOT NULL DEFAULT '', closed_on date)""",
    """CREATE TABLE surveillance_visits (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        serial text NOT NULL REFERENCES certificates(serial), visited_on date NOT NULL,
        result text NOT NULL CHECK (result IN ('passed', 'failed')),
        auditor_id text NOT NULL REFERENCES auditors(id))""",
    """CREATE TABLE events (seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at text NOT NULL,
        kind text NOT NULL, subject text NOT NULL, data text NOT NULL, prev_hash text NOT NULL,
        hash text NOT NULL, body_id text)""",
    "CREATE TABLE event_head (id integer PRIMARY KEY CHECK (id = 1))",
    "INSERT INTO event_head VALUES (1)",
]

_FUNCTIONS = [
    """CREATE FUNCTION hria_current_body() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public AS $$ SELECT body_id FROM body_roles WHERE role_name = session_user $$""",
    """CREATE FUNCTION hria_event_hash(prev text, at text, kind text, subject text, data text) RETURNS text
        LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(prev || chr(31) || at || chr(31) || kind || chr(31) || subject
                                        || chr(31) || data, 'UTF8')), 'hex') $$""",
    """CREATE FUNCTION hria_append_event(p_kind text, p_subject text, p_data text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        DECLARE h record; v_prev text := ''; v_at text;
        BEGIN
          PERFORM 1 FROM event_head WHERE id = 1 FOR UPDATE;
          SELECT e.at, e.kind, e.subject, e.data, e.prev_hash, e.hash INTO h
            FROM events e ORDER BY e.seq DESC LIMIT 1;
          IF FOUND THEN
            IF hria_event_hash(h.prev_hash, h.at, h.kind, h.subject, h.data) <> h.hash THEN
              RAISE EXCEPTION 'the event log''s head does not match its content; the log was altered';
            END IF;
            v_prev := h.hash;
          END IF;
          v_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || '+00:00';
          INSERT INTO events (at, kind, subject, data, prev_hash, hash, body_id)
            VALUES (v_at, p_kind, p_subject, p_data, v_prev,
                    hria_event_hash(v_prev, v_at, p_kind, p_subject, p_data), hria_current_body());
        END $$""",
    """CREATE FUNCTION hria_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$""",
    """CREATE FUNCTION hria_keys_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.key_id IS DISTINCT FROM OLD.key_id OR NEW.body_id IS DISTINCT FROM OLD.body_id
             OR NEW.public_key_pem IS DISTINCT FROM OLD.public_key_pem
             OR NEW.valid_from IS DISTINCT FROM OLD.valid_from
             OR (OLD.valid_to IS NOT NULL AND NEW.valid_to IS DISTINCT FROM OLD.valid_to)
             OR (OLD.compromised_from IS NOT NULL
                 AND NEW.compromised_from IS DISTINCT FROM OLD.compromised_from)
          THEN RAISE EXCEPTION 'keys are append-only'; END IF;
          RETURN NEW;
        END $$""",
    """CREATE FUNCTION hria_certificate_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF (to_jsonb(NEW) - 'status' - 'status_reason' - 'status_cause' - 'surveillance_due')
             IS DISTINCT FROM
             (to_jsonb(OLD) - 'status' - 'status_reason' - 'status_cause' - 'surveillance_due')
          THEN RAISE EXCEPTION 'an issued certificate is not rewritten (re-issue it)'; END IF;
          IF OLD.status IN ('revoked', 'superseded') AND NEW.status IS DISTINCT FROM OLD.status
          THEN RAISE EXCEPTION 'revoked and superseded are final'; END IF;
          RETURN NEW;
        END $$""",
    """CREATE FUNCTION hria_body_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.id IS DISTINCT FROM OLD.id OR NEW.name_th IS DISTINCT FROM OLD.name_th
             OR NEW.name_en IS DISTINCT FROM OLD.name_en
          THEN RAISE EXCEPTION 'a body identity is append-only'; END IF;
          RETURN NEW;
        END $$""",
    """CREATE FUNCTION hria_auditor_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.id IS DISTINCT FROM OLD.id OR NEW.body_id IS DISTINCT FROM OLD.body_id
             OR NEW.scope IS DISTINCT FROM OLD.scope
          THEN RAISE EXCEPTION 'an accreditation is not rewritten'; END IF;
          RETURN NEW;
        END $$""",
    "CREATE TRIGGER bodies_fixed BEFORE UPDATE ON bodies FOR EACH ROW EXECUTE FUNCTION hria_body_fixed()",
    "CREATE TRIGGER keys_fixed BEFORE UPDATE ON body_keys FOR EACH ROW EXECUTE FUNCTION hria_keys_fixed()",
    """CREATE TRIGGER certificates_fixed BEFORE UPDATE ON certificates FOR EACH ROW
        EXECUTE FUNCTION hria_certificate_fixed()""",
    """CREATE TRIGGER auditors_fixed BEFORE UPDATE ON auditors FOR EACH ROW
        EXECUTE FUNCTION hria_auditor_fixed()""",
    """CREATE TRIGGER events_fixed BEFORE UPDATE OR DELETE ON events FOR EACH ROW
        EXECUTE FUNCTION hria_refuse('the event log is append-only')""",
    *[f"""CREATE TRIGGER {t}_kept BEFORE DELETE ON {t} FOR EACH ROW
        EXECUTE FUNCTION hria_refuse('{t} are never deleted')"""
      for t in ("bodies", "body_keys", "auditors", "certificates")],
]

_OWN = "body_id = hria_current_body()"
_OWN_CERT = "serial IN (SELECT serial FROM certificates)"  # certificates' own policy applies inside

_SECURITY = [
    *[f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY" for t in
      ("bodies", "body_keys", "auditors", "serials", "certificates", "conflicts", "complaints",
       "surveillance_visits", "events", "event_head", "body_roles")],
    *[f"ALTER TABLE {t} FORCE ROW LEVEL SECURITY" for t in
      ("bodies", "body_keys", "auditors", "serials", "certificates", "conflicts", "complaints",
       "surveillance_visits", "events", "event_head", "body_roles")],
    "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
    "REVOKE ALL ON FUNCTION hria_append_event(text, text, text) FROM PUBLIC",
    "GRANT USAGE ON SCHEMA public TO hria_body, hria_scheme, hria_public",
    "GRANT EXECUTE ON FUNCTION hria_append_event(text, text, text) TO hria_body, hria_scheme",
    "GRANT EXECUTE ON FUNCTION hria_current_body() TO hria_body, hria_scheme",
    # bodies and keys: public facts; the scheme owner registers bodies and sets accreditation
    "GRANT SELECT ON bodies, body_keys TO hria_body, hria_scheme, hria_public",
    "GRANT INSERT, UPDATE ON bodies TO hria_scheme",
    "GRANT INSERT, UPDATE ON body_keys TO hria_scheme, hria_body",
    "CREATE POLICY read_all ON bodies FOR SELECT TO hria_body, hria_scheme, hria_public USING (true)",
    "CREATE POLICY scheme_writes ON bodies FOR ALL TO hria_scheme USING (true) WITH CHECK (true)",
    "CREATE POLICY read_all ON body_keys FOR SELECT TO hria_body, hria_scheme, hria_public USING (true)",
    "CREATE POLICY scheme_writes ON body_keys FOR ALL TO hria_scheme USING (true) WITH CHECK (true)",
    f"CREATE POLICY own_insert ON body_keys FOR INSERT TO hria_body WITH CHECK ({_OWN})",
    f"CREATE POLICY own_update ON body_keys FOR UPDATE TO hria_body USING ({_OWN}) WITH CHECK ({_OWN})",
    # a body's own auditors, certificates, serial counters; the scheme owner reads and changes status
    "GRANT SELECT, INSERT, UPDATE ON auditors, serials, certificates, conflicts, complaints, "
    "surveillance_visits TO hria_body",
    "GRANT SELECT ON auditors, serials, certificates, conflicts, complaints, surveillance_visits "
    "TO hria_scheme",
    "GRANT UPDATE ON certificates, complaints TO hria_scheme",
    "GRANT INSERT ON complaints TO hria_scheme",
    *[f"CREATE POLICY own ON {t} FOR ALL TO hria_body USING ({_OWN}) WITH CHECK ({_OWN})"
      for t in ("auditors", "serials", "certificates")],
    *[f"CREATE POLICY scheme ON {t} FOR ALL TO hria_scheme USING (true) WITH CHECK (true)"
      for t in ("auditors", "serials", "certificates", "conflicts", "complaints", "surveillance_visits")],
    "CREATE POLICY own ON conflicts FOR ALL TO hria_body USING (auditor_id IN (SELECT id FROM auditors)) "
    "WITH CHECK (auditor_id IN (SELECT id FROM auditors))",
    *[f"CREATE POLICY own ON {t} FOR ALL TO hria_body USING ({_OWN_CERT}) WITH CHECK ({_OWN_CERT})"
      for t in ("complaints", "surveillance_visits")],
    # the event log is the public transparency log: anyone with a role reads it, no one writes it directly
    "GRANT SELECT ON events TO hria_body, hria_scheme, hria_public",
    "CREATE POLICY read_all ON events FOR SELECT TO hria_body, hria_scheme, hria_public USING (true)",
    # the public list
    """CREATE VIEW public_list WITH (security_barrier) AS SELECT serial, body_id, organisation_id,
        organisation_name_th, organisation_name_en, set_ref, level, score, issued_on, expires_on, status,
        status_reason, key_id, supersedes, surveillance_due, signed FROM certificates""",
    "GRANT SELECT ON public_list TO hria_public",
]

# The dashboard's summaries of scored assessments (``hria.dashboard.records``): a body inserts and
# reads its own, never changes or deletes one; the scheme owner reads all (the dashboard is built as
# ``hria_nhrc``); the public role reads none — the site it builds is what the public sees.
_DASHBOARD = [
    """CREATE TABLE dashboard_assessments (
        assessment_hash text PRIMARY KEY, organisation_id text NOT NULL,
        name_th text NOT NULL, name_en text NOT NULL, organisation_type text NOT NULL,
        subtype text NOT NULL, size text NOT NULL, province text NOT NULL, set_ref text NOT NULL,
        assessed_on date NOT NULL, decision text NOT NULL CHECK (decision IN ('certified', 'refused')),
        level text NOT NULL, overall double precision, domain_scores text NOT NULL,
        failed_criteria text NOT NULL, public_listing boolean NOT NULL, serial text NOT NULL,
        body_id text REFERENCES bodies(id) DEFAULT hria_current_body())""",
    """CREATE TRIGGER dashboard_assessments_kept BEFORE UPDATE OR DELETE ON dashboard_assessments
        FOR EACH ROW EXECUTE FUNCTION hria_refuse('assessment summaries are append-only')""",
    "ALTER TABLE dashboard_assessments ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE dashboard_assessments FORCE ROW LEVEL SECURITY",
    "REVOKE ALL ON dashboard_assessments FROM PUBLIC",
    "GRANT SELECT, INSERT ON dashboard_assessments TO hria_body",
    "GRANT SELECT ON dashboard_assessments TO hria_scheme",
    f"CREATE POLICY own_read ON dashboard_assessments FOR SELECT TO hria_body USING ({_OWN})",
    f"CREATE POLICY own_insert ON dashboard_assessments FOR INSERT TO hria_body WITH CHECK ({_OWN})",
    "CREATE POLICY scheme_read ON dashboard_assessments FOR SELECT TO hria_scheme USING (true)",
]

MIGRATIONS: list[list[str]] = [
    [_ROLES, *_TABLES, *_FUNCTIONS, *_SECURITY],
    _DASHBOARD,
]
