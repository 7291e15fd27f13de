"""--help texts of the registry commands (Thai, English), keyed by command path and option."""

from __future__ import annotations

REGISTRY_HELP: dict[str, tuple[str, str]] = {
    "certify": (
        "",
        "Issue signed certificates: `hria certify ASSESSMENT --body ID --auditor ID`, "
        "or `hria certify batch MANIFEST --out DIR`.",
    ),
    "certify one": (
        "",
        "Score, check accreditation, register (serial), sign and render one certificate.\n"
        "\n"
        "Refuses, with the reasons, when the decision is not \"certified\" or the auditor "
        "is not\n"
        "accredited for the organisation type (exit 1). Running it again for the same "
        "assessment\n"
        "returns the certificate already issued.",
    ),
    "certify one ASSESSMENT": (
        "",
        "",
    ),
    "certify one --body": (
        "",
        "Certification body id.",
    ),
    "certify one --auditor": (
        "",
        "Lead auditor id (accredited by the body).",
    ),
    "certify one --output": (
        "",
        "PDF file (default: SERIAL.pdf here).",
    ),
    "certify one --key": (
        "",
        "The body's private key (default: BODY.key in the user data directory); passphrase "
        "from HRIA_KEY_PASSPHRASE.",
    ),
    "certify one --issued-on": (
        "",
        "Issue date YYYY-MM-DD (default: today, Bangkok); not before the assessment "
        "or the set's effective date.",
    ),
    "certify one --decided-by": (
        "",
        "Who made the certification decision: an auditor of the body who is not the "
        "lead auditor (ISO/IEC 17065).",
    ),
    "certify one --backdate-reason": (
        "",
        "Why the issue date is more than a week in the past (recorded with the certificate).",
    ),
    "certify one --supersede": (
        "",
        "Replace the organisation's current certificate for this scheme (marked superseded).",
    ),
    "certify reissue": (
        "",
        "Re-issue a certificate to correct the organisation's name: a new serial with "
        "the same decision,\n"
        "level and expiry, issued and signed today; the old one is superseded in the "
        "same transaction.",
    ),
    "certify reissue SERIAL": (
        "",
        "",
    ),
    "certify reissue --name-th": (
        "",
        "The corrected Thai name.",
    ),
    "certify reissue --name-en": (
        "",
        "The corrected English name.",
    ),
    "certify reissue --reason": (
        "",
        "What is corrected and why.",
    ),
    "certify reissue --by": (
        "",
        "Who makes the change (an id).",
    ),
    "certify reissue --output": (
        "",
        "PDF file (default: NEW-SERIAL.pdf here).",
    ),
    "certify reissue --key": (
        "",
        "The body's private key (default: BODY.key in the user data directory); passphrase "
        "from HRIA_KEY_PASSPHRASE.",
    ),
    "certify batch": (
        "",
        "Issue certificates for every certifiable assessment in MANIFEST, with a progress "
        "bar.\n"
        "\n"
        "A bad item is reported in the summary and does not stop the batch. Killed "
        "and run again,\n"
        "it ends with exactly one certificate per certifiable organisation: no duplicate "
        "serials, no\n"
        "gaps, no half-written files. Writes OUT/summary.csv and OUT/summary.json.",
    ),
    "certify batch MANIFEST": (
        "",
        "CSV with columns assessment, body, auditor[, issue_date, decided_by] (paths "
        "relative to the CSV), or a folder of assessments.",
    ),
    "certify batch --out": (
        "",
        "Folder for the certificates and the summary.",
    ),
    "certify batch --jobs": (
        "",
        "Worker processes.",
    ),
    "certify batch --body": (
        "",
        "Body for rows (or a folder) that name none.",
    ),
    "certify batch --auditor": (
        "",
        "Auditor for rows (or a folder) that name none.",
    ),
    "certify batch --key": (
        "",
        "The body's private key (default: BODY.key in the user data directory); passphrase "
        "from HRIA_KEY_PASSPHRASE.",
    ),
    "certify batch --issued-on": (
        "",
        "Issue date YYYY-MM-DD (default: today, Bangkok); not before the assessment "
        "or the set's effective date.",
    ),
    "certify batch --decided-by": (
        "",
        "Who made the certification decision: an auditor of the body who is not the "
        "lead auditor (ISO/IEC 17065).",
    ),
    "certify batch --backdate-reason": (
        "",
        "Why the issue date is more than a week in the past (recorded with the certificate).",
    ),
    "registry": (
        "",
        "The registry of bodies, keys, auditors and certificates: a SQLite file or "
        "a shared PostgreSQL database (--registry or HRIA_REGISTRY).",
    ),
    "registry add-body": (
        "",
        "Register a certification body (หน่วยรับรอง) and its first key; an id is registered once.",
    ),
    "registry add-body BODY_ID": (
        "",
        "",
    ),
    "registry add-body --name-th": (
        "",
        "",
    ),
    "registry add-body --name-en": (
        "",
        "",
    ),
    "registry add-body --pubkey": (
        "",
        "The body's public key from `hria keys init`.",
    ),
    "registry add-body --key-valid-from": (
        "",
        "First day the key signed (default today), for a body that certified before "
        "it joined this registry.",
    ),
    "registry add-body --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry add-auditor": (
        "",
        "Accredit an auditor (ผู้ตรวจรับรอง) of a body for some organisation types.",
    ),
    "registry add-auditor AUDITOR_ID": (
        "",
        "",
    ),
    "registry add-auditor --name": (
        "",
        "",
    ),
    "registry add-auditor --body": (
        "",
        "",
    ),
    "registry add-auditor --scope": (
        "",
        "Organisation type the auditor may certify (repeat): government_agency, local_administration, "
        "educational_institution, business.",
    ),
    "registry add-auditor --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry list": (
        "",
        "List issued certificates (status as of today, Bangkok: a valid one past expiry shows expired).",
    ),
    "registry list --status": (
        "",
        "",
    ),
    "registry list --due": (
        "",
        "Only certificates whose surveillance is overdue or due within --within days.",
    ),
    "registry list --within": (
        "",
        "",
    ),
    "registry show": (
        "",
        "Show one certificate, its history from the event log, complaints and surveillance visits.",
    ),
    "registry show SERIAL": (
        "",
        "",
    ),
    "registry revoke": (
        "",
        "Revoke a certificate for good.",
    ),
    "registry revoke SERIAL": (
        "",
        "",
    ),
    "registry revoke --reason": (
        "",
        "Why; recorded in the event log.",
    ),
    "registry revoke --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry suspend": (
        "",
        "Suspend a certificate until it is reinstated.",
    ),
    "registry suspend SERIAL": (
        "",
        "",
    ),
    "registry suspend --reason": (
        "",
        "Why; recorded in the event log.",
    ),
    "registry suspend --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry reinstate": (
        "",
        "Make a suspended certificate valid again.",
    ),
    "registry reinstate SERIAL": (
        "",
        "",
    ),
    "registry reinstate --reason": (
        "",
        "Why; recorded in the event log.",
    ),
    "registry reinstate --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry export": (
        "",
        "Write the signed, dated public list of certificates (JSON, or CSV with a .sig "
        "beside it)\n"
        "that verifiers check offline with `hria verify --list`; it carries the event "
        "log's head, which\n"
        "`hria registry check-log --against LIST` compares with the registry.",
    ),
    "registry export --output": (
        "",
        "File to write (.csv writes CSV).",
    ),
    "registry export --format": (
        "",
        "json or csv (default: from the file name).",
    ),
    "registry export --key": (
        "",
        "Private key that signs the list (a body's BODY.key); passphrase from HRIA_KEY_PASSPHRASE.",
    ),
    "registry export --body": (
        "",
        "The body the key belongs to (named in the list).",
    ),
    "registry check-log": (
        "",
        "Check the hash chain of the event log; exit 1 if history was altered.",
    ),
    "registry check-log --against": (
        "",
        "A head published earlier, or the signed public list that carries it (`hria "
        "registry export`): it must still be in the chain.",
    ),
    "registry rotate-key": (
        "",
        "Add a key to a body; the old one stays, valid for what it signed before this day.",
    ),
    "registry rotate-key BODY_ID": (
        "",
        "",
    ),
    "registry rotate-key --pubkey": (
        "",
        "The new public key.",
    ),
    "registry rotate-key --from": (
        "",
        "First day it signs (default today).",
    ),
    "registry rotate-key --reason": (
        "",
        "Why; recorded in the event log.",
    ),
    "registry rotate-key --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry compromise-key": (
        "",
        "Report a key compromised from a day: what it signed from then on is revoked and stops verifying.",
    ),
    "registry compromise-key BODY_ID": (
        "",
        "",
    ),
    "registry compromise-key KEY_ID": (
        "",
        "",
    ),
    "registry compromise-key --from": (
        "",
        "First day the key may have been misused.",
    ),
    "registry compromise-key --reason": (
        "",
        "Why; recorded in the event log.",
    ),
    "registry compromise-key --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry keys": (
        "",
        "A body's keys and the days each may sign.",
    ),
    "registry keys BODY_ID": (
        "",
        "",
    ),
    "registry accreditation": (
        "",
        "The scheme owner (NHRC) suspends, withdraws or restores a body; its certificates follow.",
    ),
    "registry accreditation BODY_ID": (
        "",
        "",
    ),
    "registry accreditation STATE": (
        "",
        "",
    ),
    "registry accreditation --reason": (
        "",
        "Why; recorded in the event log.",
    ),
    "registry accreditation --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry declare-conflict": (
        "",
        "An auditor declares a conflict of interest with an organisation; the registry "
        "then refuses them\n"
        "as its lead auditor or decision-maker.",
    ),
    "registry declare-conflict AUDITOR_ID": (
        "",
        "",
    ),
    "registry declare-conflict --organisation": (
        "",
        "Organisation id.",
    ),
    "registry declare-conflict --reason": (
        "",
        "Why; recorded in the event log.",
    ),
    "registry declare-conflict --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry erase-person": (
        "",
        "Erase an auditor's name (PDPA request); the id, and the event log's chain, stay intact.",
    ),
    "registry erase-person AUDITOR_ID": (
        "",
        "",
    ),
    "registry erase-person --reason": (
        "",
        "Why; recorded in the event log.",
    ),
    "registry erase-person --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry complaint": (
        "",
        "Record a complaint or an appeal against a certificate.",
    ),
    "registry complaint SERIAL": (
        "",
        "",
    ),
    "registry complaint --kind": (
        "",
        "",
    ),
    "registry complaint --summary": (
        "",
        "What it is about (kept out of the log).",
    ),
    "registry complaint --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry close-complaint": (
        "",
        "Close a complaint or appeal with its outcome.",
    ),
    "registry close-complaint COMPLAINT_ID": (
        "",
        "",
    ),
    "registry close-complaint --outcome": (
        "",
        "",
    ),
    "registry close-complaint --suspend": (
        "",
        "An upheld complaint suspends the certificate.",
    ),
    "registry close-complaint --reason": (
        "",
        "Why; recorded in the event log.",
    ),
    "registry close-complaint --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry surveillance": (
        "",
        "Record a completed surveillance visit: passed moves the next due date, failed suspends.",
    ),
    "registry surveillance SERIAL": (
        "",
        "",
    ),
    "registry surveillance --result": (
        "",
        "",
    ),
    "registry surveillance --auditor": (
        "",
        "Auditor who made the visit.",
    ),
    "registry surveillance --on": (
        "",
        "Day of the visit (default today).",
    ),
    "registry surveillance --reason": (
        "",
        "Why; recorded in the event log.",
    ),
    "registry surveillance --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry suspend-overdue": (
        "",
        "Suspend every valid certificate whose surveillance is overdue, each with its "
        "reason (never\n"
        "silently: run by a certifier, listed here, an event each).",
    ),
    "registry suspend-overdue --by": (
        "",
        "Who makes the change: an id, never a person's name (default HRIA_ACTOR).",
    ),
    "registry migrate": (
        "",
        "Copy a SQLite registry, history and all, into an empty PostgreSQL registry.",
    ),
    "registry migrate --from": (
        "",
        "SQLite registry file.",
    ),
    "registry migrate --to": (
        "",
        "postgresql:// URL (made with init-postgres).",
    ),
    "registry init-postgres": (
        "",
        "Create the schema, roles and row-level security policies of a shared PostgreSQL registry.",
    ),
    "registry init-postgres URL": (
        "",
        "Admin connection URL.",
    ),
    "registry init-postgres --body": (
        "",
        "Body id to create a role for (repeat).",
    ),
    "registry incentives": (
        "",
        "Write the certified organisations eligible for an incentive programme, for "
        "its partner agency\n"
        "(the column public_listing says who agreed to be named publicly).",
    ),
    "registry incentives PROGRAMME": (
        "",
        "Programme id (see the dashboard's incentive programmes).",
    ),
    "registry incentives --output": (
        "",
        "CSV file to write (.json writes JSON).",
    ),
    "registry incentives --programmes": (
        "",
        "Programmes file (YAML; default: the bundled examples).",
    ),
    "dashboard": (
        "",
        "The public dashboard: a static site with open data and a verification page "
        "(แดชบอร์ดสาธารณะ ข้อมูลเปิด และหน้าตรวจสอบใบรับรอง).",
    ),
    "dashboard build": (
        "",
        "Build the site: indicator 2.2 by fiscal year, certificates by type, level, "
        "status and province,\n"
        "the criteria most often failed, surveillance due, UPR themes, incentive programmes, "
        "open data\n"
        "(CSV/JSON with a data dictionary, the signed public list) and the offline "
        "verification page,\n"
        "in Thai (index.html) and English (index.en.html).",
    ),
    "dashboard build --output": (
        "",
        "Folder for the site (index.html opens from disk).",
    ),
    "dashboard build --scheme": (
        "",
        "The scheme file (its body keys go into the verification page).",
    ),
    "dashboard build --key": (
        "",
        "A body's private key: sign the site's public list now (passphrase from HRIA_KEY_PASSPHRASE).",
    ),
    "dashboard build --body": (
        "",
        "The body the key belongs to (named in the list).",
    ),
    "dashboard build --list": (
        "",
        "Or: a signed JSON list from `hria registry export`.",
    ),
    "dashboard build --programmes": (
        "",
        "Incentive programmes (YAML; default: the bundled examples).",
    ),
    "dashboard build --registry": (
        "",
        "Registry: a SQLite file or a postgresql:// URL (default: HRIA_REGISTRY or "
        "the user data directory; on PostgreSQL as the scheme owner).",
    ),
}
