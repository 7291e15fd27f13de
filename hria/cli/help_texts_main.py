"""--help texts of the main commands (Thai, English), keyed by command path and option."""

from __future__ import annotations

MAIN_HELP: dict[str, tuple[str, str]] = {
    "hria": (
        "",
        "Human Rights Impact Assessment (HRIA) certification — NHRC Thailand strategic "
        "issue 2.2.\n"
        "\n"
        "การประเมินผลกระทบด้านสิทธิมนุษยชนเพื่อรับรององค์กร ตามแผนยุทธศาสตร์ กสม. ประเด็นที่ "
        "2.2\n"
        "\n"
        "Start with `hria demo`, then `hria criteria list` and `hria criteria show "
        "gov`.\n"
        "\n"
        "Criteria sets are found in the bundled criteria/ folder and in the folders "
        "listed in HRIA_CRITERIA_PATH (separated by ':'), laid out as `SET/VERSION.yaml`.\n"
        "\n"
        "Every command that shows content takes `--lang th|en` (Thai by default; or "
        "set HRIA_LANG=en), and says its errors in that language too.",
    ),
    "hria --version": (
        "",
        "Print the version and exit.",
    ),
    "demo": (
        "",
        "Run the whole path on the bundled examples: check the criteria sets, score "
        "each example,\n"
        "write its report in Thai and English, issue a signed certificate and verify "
        "it offline,\n"
        "then build the public dashboard from the registry (DIR/site/index.html).",
    ),
    "demo --out": (
        "",
        "Folder for everything the demo writes.",
    ),
    "demo --population": (
        "",
        "Also fill the registry with this many clearly fictional organisations (e.g. "
        "3000), so the dashboard shows a national picture.",
    ),
    "assess": (
        "",
        "Interview the organisation criterion by criterion; every answer is saved at "
        "once.\n"
        "\n"
        "At each question: a number answers, n is not applicable (where allowed), ? "
        "shows the\n"
        "guidance, b back, s skip, m mark for later, j ID jump, r review, i impact "
        "register,\n"
        "l switch language, q save and quit; Ctrl-C offers to save and quit. The session "
        "file is\n"
        "an assessment that `hria score`, `hria report` and `hria certify` read as "
        "it is.",
    ),
    "assess --set": (
        "",
        "Criteria set to assess against (default: from --type, or asked).",
    ),
    "assess --type": (
        "",
        "Organisation type of criteria/vocabulary.yaml (government_agency, or its set's "
        "id: gov): the latest active set for it.",
    ),
    "assess --profile": (
        "",
        "Organisation profile (YAML with `organisation:` and optionally `assessor:`; "
        "an earlier assessment file will do).",
    ),
    "assess --lang": (
        "",
        "Language of the interview: th (default) or en; `l` switches during the session.",
    ),
    "assess --output": (
        "",
        "Session file to write, an assessment YAML (default: SET-DATE.assessment.yaml).",
    ),
    "assess --resume": (
        "",
        "Continue a session where it stopped.",
    ),
    "score": (
        "",
        "Score assessments: overall 0-100, domains, must-pass gates, level and a corrective-action "
        "plan.\n"
        "\n"
        "Every problem in every file is reported as file:line:col before anything is "
        "scored.\n"
        "Exit 0 when every assessment is certified, 1 when any is not certified or "
        "incomplete,\n"
        "2 on bad input. --json prints the documented result format (docs/result-format.md):\n"
        "an object for one file, a list for several.",
    ),
    "score FILES": (
        "",
        "Assessment files (YAML).",
    ),
    "score --criteria": (
        "",
        "Score against this criteria file or set; it must be the set and version the "
        "assessment names (default: find it among the criteria folders).",
    ),
    "score --explain": (
        "",
        "Explain how this criterion's score came about and what it changes.",
    ),
    "report": (
        "",
        "Write the report: cover, executive summary, domain chart, findings, corrective-action "
        "plan,\n"
        "impact register with a severity × likelihood matrix, methodology and signatures.\n"
        "\n"
        "The machine-readable result (what `hria score FILE --json` prints) is embedded "
        "as\n"
        "hria-result.json.",
    ),
    "report ASSESSMENT": (
        "",
        "Assessment file (YAML).",
    ),
    "report --output": (
        "",
        "PDF file to write.",
    ),
    "report --criteria": (
        "",
        "Criteria set or file (default: the one the assessment names).",
    ),
    "report --pdfa": (
        "",
        "Write PDF/A-3b (archival) with the result embedded.",
    ),
    "report --templates": (
        "",
        "Folder of templates that override bundled ones by name (e.g. report/partials/logo.html).",
    ),
    "report --html": (
        "",
        "Also write the HTML that was laid out.",
    ),
    "verify": (
        "",
        "Check a certificate and say what was checked: authenticity, integrity and "
        "status.\n"
        "\n"
        "Exit codes: 0 valid (authentic, intact, status valid from a named source); "
        "1 invalid (forged,\n"
        "altered, revoked, suspended, superseded, expired, or an edited list); 2 bad "
        "input (not a\n"
        "certificate, unreadable file, usage); 3 not verified (nothing failed, but "
        "something was not\n"
        "checked — no registry or list for the status, a stale list, no scheme root "
        "for the PDF's signer).",
    ),
    "verify TARGET": (
        "",
        "A certificate PDF, the text or URL its QR code holds, or a serial (with --registry).",
    ),
    "verify --scheme": (
        "",
        "The scheme file the scheme owner (NHRC) signs: root, accredited bodies and "
        "their keys, list freshness.",
    ),
    "verify --root": (
        "",
        "Pin the scheme root certificate (root.crt).",
    ),
    "verify --pubkey": (
        "",
        "A body's public key (.pub), instead of a scheme.",
    ),
    "verify --registry": (
        "",
        "Registry to take status and key history from (SQLite file or postgresql:// URL).",
    ),
    "verify --list": (
        "",
        "Signed public list from `hria registry export` (JSON, or CSV with its .sig).",
    ),
    "criteria": (
        "",
        "Write, check and compare criteria sets (versioned YAML under criteria/).",
    ),
    "criteria list": (
        "",
        "List every criteria set and version with its status and number of criteria.",
    ),
    "criteria show": (
        "",
        "Show a criteria set as a readable tree: domains, criteria, gates, rules and levels.",
    ),
    "criteria show REF": (
        "",
        "e.g. gov or gov@2026.1, or a file",
    ),
    "criteria validate": (
        "",
        "Check criteria files and report every problem as file:line:col: message.\n"
        "\n"
        "Warnings (what an author should still improve) are shown but fail only with "
        "--strict;\n"
        "a version a later shipped version supersedes is kept for pinned assessments "
        "and gets\n"
        "none. Exit 0 when all are valid, 1 when any is invalid, 2 on a usage error.",
    ),
    "criteria validate PATHS": (
        "",
        "Criteria files or folders; all shipped sets when none are given.",
    ),
    "criteria validate --strict": (
        "",
        "Fail (exit 1) on warnings too: one evidence item, no level text, a state body's "
        "criterion without treaty or Thai law.",
    ),
    "criteria stats": (
        "",
        "Per set: criteria, domains, gates, % with own level text, evidence per criterion,\n"
        "references by kind, treaty references and UPR references with their state.",
    ),
    "criteria stats REFS": (
        "",
        "Sets to count; the latest of each shipped set when none.",
    ),
    "criteria coverage": (
        "",
        "Which seed themes, catalogued UPR recommendations and treaty-body observations "
        "each set's\n"
        "criteria address.\n"
        "\n"
        "A theme no criterion addresses is a GAP where the organisation type has a "
        "duty on it.\n"
        "Exit 1 when any set has a gap.",
    ),
    "criteria coverage REFS": (
        "",
        "Sets to check; the latest of each shipped set when none.",
    ),
    "criteria graph": (
        "",
        "Print the dependency graph of a set: prerequisites, skip logic and domains.",
    ),
    "criteria graph REF": (
        "",
        "",
    ),
    "criteria graph --format": (
        "",
        "text summary, or the graph as dot, mermaid or json",
    ),
    "criteria diff": (
        "",
        "Compare two versions: criteria added, removed, reworded, reweighted; references "
        "gained\n"
        "and lost; each gate, floor, level and rule that moved, with old and new value.",
    ),
    "criteria diff OLD": (
        "",
        "",
    ),
    "criteria diff NEW": (
        "",
        "",
    ),
    "criteria schema": (
        "",
        "Print the JSON Schema of the criteria-set format, for editors to check files as typed.",
    ),
    "criteria schema --output": (
        "",
        "Write to this file instead.",
    ),
    "criteria calibrate": (
        "",
        "Score random and adversarial assessments; print shares per level and certified "
        "grave failures.\n"
        "\n"
        "Adversarial assessments put exactly one grave failure (as the set lists them) "
        "into an otherwise\n"
        "top-scoring organisation, for every subtype and size. Exit 1 if any certified "
        "assessment\n"
        "contains a grave failure.",
    ),
    "criteria calibrate SETS": (
        "",
        "Sets to calibrate, e.g. gov or gov@2026.1 (default: every set, newest active version).",
    ),
    "criteria calibrate --samples": (
        "",
        "Random assessments per set.",
    ),
    "criteria calibrate --seed": (
        "",
        "Seed of the random population (same seed, same output).",
    ),
    "criteria calibrate --grave-failures-from": (
        "",
        "Check against another version's grave failures, e.g. gov@2026.2 for gov@2026.1 "
        "(default: the set's own).",
    ),
    "questionnaire": (
        "",
        "Questionnaires: export Excel, YAML or PDF forms and import filled ones.",
    ),
    "questionnaire list": (
        "",
        "The shipped questionnaires: set, version, audience and number of questions.",
    ),
    "questionnaire list --json": (
        "",
        "Print JSON instead.",
    ),
    "questionnaire export": (
        "",
        "Write a questionnaire form for a criteria set, blank or prefilled with earlier "
        "answers.\n"
        "\n"
        "With --profile the form is made for one organisation: questions for other "
        "types, sizes or\n"
        "profile facts are left out, and must-pass marks appear only on questions it "
        "answers.",
    ),
    "questionnaire export CRITERIA_SET": (
        "",
        "Criteria set, e.g. gov or gov@2026.1.",
    ),
    "questionnaire export --format": (
        "",
        "xlsx (Excel), yaml (commented text) or pdf (print).",
    ),
    "questionnaire export --output": (
        "",
        "File to write.",
    ),
    "questionnaire export --audience": (
        "",
        "Who answers: self_assessment or auditor_interview.",
    ),
    "questionnaire export --prefill": (
        "",
        "Assessment file whose answers fill the form in.",
    ),
    "questionnaire export --profile": (
        "",
        "Organisation profile (or an assessment file): the form asks only the questions "
        "that can apply to it. Without it, every question.",
    ),
    "questionnaire import": (
        "",
        "Read a filled form into an assessment file that `hria score` reads.\n"
        "\n"
        "Every problem is reported in one run, at its cell (Sheet!E12) or file:line:col.\n"
        "Exit 0 when complete, 1 when written incomplete (--allow-incomplete), 2 on "
        "bad input.",
    ),
    "questionnaire import FILE": (
        "",
        "A filled form: .xlsx or .yaml.",
    ),
    "questionnaire import --output": (
        "",
        "Assessment file to write.",
    ),
    "questionnaire import --allow-incomplete": (
        "",
        "Write the file even if required questions are unanswered.",
    ),
    "questionnaire import --criteria": (
        "",
        "The set the answers must be for (default: the one the form names).",
    ),
    "keys": (
        "",
        "Keys: a body's Ed25519 pair for payloads, the scheme root and body X.509 certificates "
        "for PDF signatures.",
    ),
    "keys init": (
        "",
        "Make BODY.key (private, mode 0600) and BODY.pub (give this to verifiers).",
    ),
    "keys init --body": (
        "",
        "Certification body id, e.g. CB01.",
    ),
    "keys init --dir": (
        "",
        "Where to write the keys (default: user data dir).",
    ),
    "keys init --passphrase": (
        "",
        "Encrypt the private key; asks for the passphrase (or reads HRIA_KEY_PASSPHRASE).",
    ),
    "keys init-root": (
        "",
        "The scheme owner's (NHRC's) root: an ECDSA P-256 key and self-signed X.509 "
        "certificate that\n"
        "issue each body's PDF-signing certificate and sign the scheme file.",
    ),
    "keys init-root --dir": (
        "",
        "Where to write root.key (mode 0600) and root.crt.",
    ),
    "keys init-root --name": (
        "",
        "The scheme owner's name in the certificate.",
    ),
    "keys issue-body": (
        "",
        "Issue BODY.pdf.key and BODY.pdf.crt (ECDSA P-256, from the root) that sign "
        "certificate PDFs,\n"
        "and copy root.crt beside them; `hria certify` uses them when they sit beside "
        "BODY.key.",
    ),
    "keys issue-body --body": (
        "",
        "Certification body id, e.g. CB01.",
    ),
    "keys issue-body --name": (
        "",
        "The body's name (English) in its certificate.",
    ),
    "keys issue-body --root": (
        "",
        "Folder with root.key and root.crt.",
    ),
    "keys issue-body --dir": (
        "",
        "The body's key folder (beside BODY.key).",
    ),
    "keys issue-body --years": (
        "",
        "Validity of the body certificate.",
    ),
    "keys sign-scheme": (
        "",
        "Sign the scheme file with the root: what verifiers read instead of a body's "
        "--pubkey.\n"
        "Give it to each body too (as scheme.json beside its keys) so QR codes lead "
        "to the\n"
        "verification page.",
    ),
    "keys sign-scheme DRAFT": (
        "",
        "verification_url, list_freshness_days, and bodies: id, name_th, name_en, keys "
        "(public_key: BODY.pub, valid_from, valid_until).",
    ),
    "keys sign-scheme --root": (
        "",
        "Folder with root.key and root.crt.",
    ),
    "keys sign-scheme --output": (
        "",
        "The scheme file to write (JSON).",
    ),
    "--lang": (
        "",
        "Language of the content and messages: th (Thai) or en.",
    ),
    "--json": (
        "",
        "Print machine-readable JSON instead.",
    ),
    "--registry": (
        "",
        "Registry: a SQLite file or a postgresql:// URL (default: HRIA_REGISTRY or "
        "the user data directory).",
    ),
}
