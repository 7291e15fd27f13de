"""`hria dashboard build` in a real browser (headless Chromium), from file:// and from a local HTTP
server: the pages load without console errors, their numbers are the registry's, and the
verification page accepts a genuine QR payload and rejects tampered, revoked and unknown-key ones."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import json
import os
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hria import dates, signing
from hria.certificates.issuing import qr_text
from hria.certificates.payload import qr_payload_of
from hria.cli.demo import DEMO_VERIFY_URL as VERIFY_URL
from hria.cli.demo import demo_scheme
from hria.dashboard import figures, population
from hria.dashboard.records import AssessmentLog
from hria.registry import CertificateRecord, open_registry
from hria.registry.model import today as bangkok_today
from tests import browser

TODAY = bangkok_today()  # the registry's day


@dataclass
class Site:
    out: Path
    registry_file: Path
    certificates: list[CertificateRecord]
    key: Ed25519PrivateKey
    revoked: CertificateRecord
    genuine: CertificateRecord


def hria(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("hria")
    assert exe
    # the tests quote English output; Thai runs are in tests/test_thai_everywhere.py
    return subprocess.run([exe, *args], capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1", "HRIA_LANG": "en"})


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    tmp = tmp_path_factory.mktemp("dashboard")
    key_path = tmp / "keys" / "CB01.key"
    signing.generate_keys(key_path, key_path.with_suffix(".pub"))
    key = signing.load_private_key(key_path)
    registry = open_registry(tmp / "reg.sqlite3")
    population.add_body(registry, "CB01", key, "AUD-1", ("สถาบันรับรองตัวอย่าง", "Example Certification Body"))
    scheme_file = demo_scheme(tmp / "keys", key_path, registry.body("CB01")).path  # key valid 5 years back
    population.fill(registry, 150, "CB01", "AUD-1", key, today=TODAY, seed=11)
    since = dt.date(TODAY.year - 5, 1, 1)
    valid = [c for c in registry.certificates()
             if c.effective_status(TODAY) == "valid" and c.issued_on > since]
    registry.set_status(valid[0].serial, "revoked", "test: revoked", "test")
    built = hria("dashboard", "build", "--registry", str(tmp / "reg.sqlite3"), "--scheme", str(scheme_file),
                 "--key", str(key_path), "--body", "CB01", "-o", str(tmp / "site"), "--json")
    assert built.returncode == 0, built.stderr
    certs = registry.certificates()
    registry.close()
    return Site(tmp / "site", tmp / "reg.sqlite3", certs, key,
                next(c for c in certs if c.serial == valid[0].serial), valid[1])


@pytest.fixture(scope="module")
def chrome() -> Iterator[Any]:
    b = browser.driver()
    yield b
    b.quit()


def _open(chrome: Any, url: str) -> None:
    chrome.get("about:blank")  # a new document each time, even where only the fragment differs
    chrome.get_log("browser")  # start each page with an empty console
    chrome.get(url)


def _cell(chrome: Any, css: str) -> int | None:
    text = chrome.find_element("css selector", css).text.strip().replace(",", "")
    return None if text == "–" else int(text)


def _outcome(chrome: Any) -> tuple[str, str, str]:
    from selenium.webdriver.support.ui import WebDriverWait

    root = chrome.find_element("id", "verify")
    WebDriverWait(chrome, 20).until(lambda _: root.get_attribute("data-outcome"))
    return tuple(root.get_attribute(f"data-{a}") for a in ("outcome", "reason", "engine"))  # type: ignore


@pytest.mark.parametrize("page", ["index.html", "index.en.html", "verify.html", "verify.en.html",
                                  "data.html", "data.en.html"])
def test_pages_load_without_console_errors_from_disk_and_from_a_web_server(site: Site, chrome: Any,
                                                                           page: str) -> None:
    _open(chrome, (site.out / page).as_uri())
    assert browser.console_errors(chrome) == []
    assert chrome.find_element("css selector", "header h1").text
    with browser.serving(site.out) as base:
        _open(chrome, f"{base}/{page}")
        assert browser.console_errors(chrome) == []


def test_the_dashboard_shows_the_registrys_numbers(site: Site, chrome: Any) -> None:
    _open(chrome, (site.out / "index.en.html").as_uri())
    statuses = Counter(c.effective_status(TODAY) for c in site.certificates)
    for status in ("valid", "revoked", "suspended", "expired"):
        shown = _cell(chrome, f'[data-table="certificates-by-status"] tr[data-status="{status}"] td.num')
        assert shown == statuses[status] or shown is None  # hidden: small, or secondary suppression
        if 0 < statuses[status] < 3:
            assert shown is None
    assert _cell(chrome, '[data-table="certificates-by-status"] tr[data-status="total"] td.num') == \
        len(site.certificates)
    valid_total = _cell(chrome, '[data-table="certificates-by-type-level"] tr[data-type="total"] '
                                'td[data-level="total"]')
    assert valid_total == statuses["valid"]
    log = AssessmentLog(site.registry_file)
    organisations = {s.organisation_id for s in log.all()}
    log.close()
    year = figures.fiscal_year(TODAY)
    assert _cell(chrome, f'[data-table="indicator-2-2"] tr[data-year="{year}"] td[data-cumulative]') == \
        len(organisations)
    assert chrome.find_element("css selector", "canvas#chart-indicator").size["height"] > 100  # chart drawn


def test_the_thai_page_shows_names_and_thai_months_not_keys(site: Site) -> None:
    """Themes by name, months in B.E., sets by organisation type, tiles whose names fit."""
    th = (site.out / "index.html").read_text(encoding="utf-8")
    due = re.findall(r'<tr data-due="(\d{4}-\d{2})"><td>([^<]*)</td>', th)
    assert due and all(re.fullmatch(r"\S+\.\S*\.? 25\d\d", shown) for _, shown in due), due
    assert all(shown == dates.month_in_lang(key, "th") for key, shown in due)
    for key in ("refugees_migrants", "business_human_rights", "ethnic_stateless", "· children<", "(Sweden)"):
        assert key not in th
    assert "ส่วนราชการ · ระดับขั้นต่ำ" in th and "gov · " not in th  # the incentive programmes
    tiles = re.findall(r'title="([^":]+): [^"]*" data-province="[a-z_]+"><span[^>]*>([^<]+)</span>', th)
    assert len(tiles) == 77
    assert ("กรุงเทพมหานคร", "กรุงเทพฯ") in tiles and ("ประจวบคีรีขันธ์", "ประจวบฯ") in tiles
    en = (site.out / "index.en.html").read_text(encoding="utf-8")
    assert 'data-province="bangkok"><span>Bangkok</span>' in en


def test_the_verification_page_dates_its_list_in_bangkok_time_and_the_buddhist_era(site: Site,
                                                                                    chrome: Any) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    shown = {}
    for page in ("verify.html", "verify.en.html"):
        _open(chrome, (site.out / page).as_uri())
        info = chrome.find_element("id", "list-info")
        WebDriverWait(chrome, 20).until(lambda _, info=info: info.text.strip())
        shown[page] = info.text
    signed = json.loads((site.out / "data" / "public-list.json").read_text(encoding="utf-8"))
    issued = dt.datetime.fromisoformat(signed["list"]["issued_at"].replace("Z", "+00:00"))
    when = issued + dt.timedelta(hours=7)  # Bangkok
    assert shown["verify.html"].startswith(f"รายชื่อใบรับรองลงวันที่ {dates.thai_date(when.date())} "
                                           f"เวลา {when:%H:%M} น.")
    assert f"{when.day} {when:%B} {when.year}, {when:%H:%M} Bangkok time" in shown["verify.en.html"]


def test_without_javascript_the_tables_still_carry_every_figure(site: Site) -> None:
    b = browser.driver(width=390, javascript=False)  # a phone, scripts off
    try:
        b.get((site.out / "index.html").as_uri())
        assert "ต้องใช้ JavaScript" in b.find_element("tag name", "body").text  # <noscript> shows: scripts off
        total = b.find_element("css selector",
                               '[data-table="certificates-by-status"] tr[data-status="total"] td.num')
        assert int(total.text.replace(",", "")) == len(site.certificates)
        assert len(b.find_elements("css selector", ".tile")) == 77
    finally:
        b.quit()


def test_the_open_data_hold_the_same_figures_as_the_page(site: Site) -> None:
    rows = list(csv.DictReader((site.out / "data" / "certificates-by-status.csv").open(encoding="utf-8")))
    total = next(r for r in rows if r["status"] == "total")
    assert int(total["certificates"]) == len(site.certificates)
    doc = json.loads((site.out / "data" / "dashboard.json").read_text(encoding="utf-8"))
    assert doc["certificates"] == len(site.certificates)
    dictionary = json.loads((site.out / "data" / "dictionary.json").read_text(encoding="utf-8"))
    for name, table in doc["tables"].items():
        assert name in dictionary["tables"]
        assert set(table["columns"]) <= set(dictionary["columns"]), name


def test_a_small_cell_never_reaches_the_page_or_the_open_data(site: Site) -> None:
    doc = json.loads((site.out / "data" / "certificates-by-province.json").read_text(encoding="utf-8"))
    assert all(r["certificates"] is None or r["certificates"] == 0 or r["certificates"] >= 3
               for r in doc["rows"])
    assert any(r["certificates"] is None for r in doc["rows"])  # 150 organisations over 77 provinces


def _verify(chrome: Any, site: Site, text: str, page: str = "verify.en.html") -> tuple[str, str, str]:
    _open(chrome, (site.out / page).as_uri() + "#" + text)
    return _outcome(chrome)


def test_a_genuine_qr_payload_is_shown_valid_with_its_facts(site: Site, chrome: Any) -> None:
    signed = qr_text(site.genuine, site.key, VERIFY_URL).split("#")[1]
    outcome, reason, engine = _verify(chrome, site, signed)
    assert (outcome, reason, engine) == ("valid", "", "webcrypto"), chrome.find_element("id", "result").text
    facts = chrome.find_element("css selector", "dl.facts").text
    assert site.genuine.serial in facts and f"{site.genuine.score}" in facts
    assert browser.console_errors(chrome) == []
    _verify(chrome, site, signed, "verify.html")
    assert "ใบรับรองถูกต้องและใช้ได้" in chrome.find_element("css selector", ".verdict").text
    assert f"พ.ศ. {site.genuine.issued_on.year + 543}" in chrome.find_element("css selector", "dl.facts").text


def test_the_page_pasted_into_verifies_the_same(site: Site, chrome: Any) -> None:
    _open(chrome, (site.out / "verify.en.html").as_uri())
    chrome.find_element("id", "payload").send_keys(qr_text(site.genuine, site.key, VERIFY_URL))
    chrome.find_element("id", "check").click()
    assert _outcome(chrome)[:2] == ("valid", "")


def test_a_tampered_payload_is_rejected(site: Site, chrome: Any) -> None:
    prefix, body, signature = qr_text(site.genuine, site.key).split(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    payload["sc"] = 99.5
    forged = base64.urlsafe_b64encode(signing.canonical(payload)).rstrip(b"=").decode()
    assert _verify(chrome, site, f"{prefix}.{forged}.{signature}")[:2] == ("invalid", "sig_bad")


def test_a_revoked_certificate_is_rejected(site: Site, chrome: Any) -> None:
    outcome, reason, _ = _verify(chrome, site, qr_text(site.revoked, site.key))
    assert (outcome, reason) == ("invalid", "status_bad")
    assert "revoked" in chrome.find_element("css selector", ".verdict").text


def test_a_payload_signed_by_a_key_not_in_the_list_is_rejected(site: Site, chrome: Any) -> None:
    stranger = Ed25519PrivateKey.generate()
    signed = signing.sign(qr_payload_of(site.genuine, signing.key_id(stranger.public_key())), stranger)
    assert _verify(chrome, site, signed)[:2] == ("invalid", "key_unknown")


def test_without_webcrypto_ed25519_the_bundled_library_verifies(site: Site, chrome: Any) -> None:
    chrome.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {
        "source": "crypto.subtle.importKey = function () { return Promise.reject(new Error('none')); };"})
    try:
        signed = qr_text(site.genuine, site.key)
        assert _verify(chrome, site, signed) == ("valid", "", "tweetnacl")
        prefix, body, signature = signed.split(".")
        assert _verify(chrome, site, f"{prefix}.{body}.{signature[:-4]}AAAA")[:2] == ("invalid", "sig_bad")
    finally:
        chrome.quit()  # the override stays in this session: the next test starts a clean browser


def test_a_list_older_than_the_freshness_window_warns(site: Site, tmp_path: Path) -> None:
    from hria import public_list

    rows = [{"serial": c.serial, "status": c.effective_status(TODAY), "set": c.set_ref, "level": c.level,
             "issued_on": c.issued_on.isoformat(), "expires_on": c.expires_on.isoformat(), "body": c.body_id,
             "signed": ""} for c in site.certificates]
    old = tmp_path / "old-list.json"
    key_file = site.registry_file.parent / "keys" / "CB01.key"
    public_list.write(old, rows, "json", signing.load_private_key(key_file), "CB01", "", 0,
                      dt.datetime.now(dt.UTC) - dt.timedelta(days=30))
    out = tmp_path / "site"
    built = hria("dashboard", "build", "--registry", str(site.registry_file), "--scheme",
                 str(key_file.parent / "scheme.json"), "--list", str(old), "-o", str(out))
    assert built.returncode == 0, built.stderr
    b = browser.driver()
    try:
        b.get((out / "verify.en.html").as_uri() + "#" + qr_text(site.genuine, site.key))
        assert _outcome(b)[:2] == ("warning", "stale")
        assert "more than 7 days old" in b.find_element("css selector", ".stale").text
    finally:
        b.quit()


def test_the_site_refuses_a_list_not_signed_by_a_scheme_key(site: Site, tmp_path: Path) -> None:
    from hria import public_list

    bogus = tmp_path / "list.json"
    public_list.write(bogus, [{"serial": "X"}], "json", Ed25519PrivateKey.generate(), "CB01", "", 0)
    built = hria("dashboard", "build", "--registry", str(site.registry_file), "--scheme",
                 str(site.registry_file.parent / "keys" / "scheme.json"), "--list", str(bogus),
                 "-o", str(tmp_path / "site"))
    assert built.returncode == 2
    assert "not signed by a key of the scheme file" in built.stderr


def test_the_partner_list_holds_the_eligible_certificates(site: Site, tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    done = hria("registry", "incentives", "example-dla-local-award", "--registry", str(site.registry_file),
                "-o", str(out))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    expected = {c.serial for c in site.certificates if c.set_ref.startswith("lao@")
                and c.level in ("good", "excellent") and c.effective_status(TODAY) == "valid"}
    assert {r["serial"] for r in rows} == expected and expected
    assert "an example programme" in done.stdout
    unknown = hria("registry", "incentives", "no-such", "--registry", str(site.registry_file), "-o", str(out))
    assert unknown.returncode == 2 and "unknown incentive programme 'no-such'" in unknown.stderr
