/* The verification page: checks a certificate's QR payload (HRIA1.<payload>.<signature>, alone or
   in the fragment of the verification URL) or a serial number, offline, in the browser.
   It verifies Ed25519 signatures over the exact signed bytes (the payload as encoded in the QR
   code; the public list as the bytes its signature covers, from verify-data.js) with WebCrypto,
   or with the bundled tweetnacl where WebCrypto has no Ed25519 — and only then reads them. */
(function () {
  "use strict";
  var root = document.getElementById("verify");
  var D = window.HRIA_VERIFY;
  var lang = root.getAttribute("data-lang") === "en" ? "en" : "th";
  var M = {
    th: {
      valid: "ใบรับรองถูกต้องและใช้ได้", invalid: "ใบรับรองนี้ใช้ไม่ได้", warning: "ตรวจได้ไม่ครบ",
      sig_ok: "ลายมือชื่อตรงกับข้อมูลบนใบรับรอง (ไม่ถูกแก้ไข)", sig_bad: "ลายมือชื่อไม่ตรง: ข้อมูลถูกแก้ไข หรือลงนามด้วยกุญแจอื่น",
      key_ok: "กุญแจของหน่วยรับรองอยู่ในรายการของเจ้าของระบบ", key_unknown: "กุญแจที่ลงนามไม่อยู่ในรายการกุญแจของหน่วยรับรองที่ได้รับการรับรอง",
      key_dates_ok: "กุญแจใช้ได้ในวันที่ออกใบรับรอง", key_dates_bad: "กุญแจใช้ไม่ได้ในวันที่ออกใบรับรอง",
      list_ok: "รายชื่อใบรับรองลงนามถูกต้อง", list_bad: "รายชื่อใบรับรองที่มากับหน้านี้ลงนามไม่ถูกต้อง ตรวจสถานะไม่ได้",
      status_ok: "สถานะในรายชื่อ: ใช้ได้", status_bad: "สถานะในรายชื่อ: ", not_listed: "ไม่พบเลขที่นี้ในรายชื่อ (อาจออกหลังวันที่ของรายชื่อ)",
      mismatch: "ข้อมูลบนใบรับรองไม่ตรงกับรายชื่อ: ", expired: "ใบรับรองหมดอายุแล้ว",
      not_payload: "ไม่ใช่ข้อความจากคิวอาร์โค้ดของใบรับรอง (HRIA1.…) หรือเลขที่ใบรับรอง", damaged: "ข้อมูลในคิวอาร์โค้ดเสียหาย",
      stale: "รายชื่อใบรับรองนี้เก่ากว่า {n} วัน สถานะอาจเปลี่ยนไปแล้ว ตรวจกับรายชื่อล่าสุดของหน่วยรับรอง",
      list_date: "รายชื่อใบรับรองลงวันที่", serial_only: "ตรวจจากเลขที่ในรายชื่อเท่านั้น สแกนคิวอาร์โค้ดเพื่อตรวจลายมือชื่อของใบรับรอง",
      serial: "เลขที่", organisation: "องค์กร", set: "ชุดเกณฑ์", level: "ระดับ", score: "คะแนน", issued: "วันที่ออก",
      expires: "วันหมดอายุ", body: "หน่วยรับรอง", status: "สถานะ", checks: "สิ่งที่ตรวจ", not_named: "ไม่เปิดเผยชื่อ (รหัส {id})",
      statuses: { valid: "ใช้ได้", suspended: "ระงับชั่วคราว", revoked: "เพิกถอน", superseded: "ถูกแทนที่", expired: "หมดอายุ" }
    },
    en: {
      valid: "Genuine and valid", invalid: "This certificate is not valid", warning: "Could not check everything",
      sig_ok: "The signature matches the certificate's data (unaltered)", sig_bad: "The signature does not match: altered, or signed by another key",
      key_ok: "The body's key is in the scheme owner's list", key_unknown: "The signing key is not among the accredited bodies' keys",
      key_dates_ok: "The key was valid on the issue date", key_dates_bad: "The key was not valid on the issue date",
      list_ok: "The list of certificates is correctly signed", list_bad: "The list bundled with this page is not correctly signed: status unknown",
      status_ok: "Status in the list: valid", status_bad: "Status in the list: ", not_listed: "This serial is not in the list (it may be newer than the list)",
      mismatch: "The certificate's data differ from the list: ", expired: "The certificate has expired",
      not_payload: "Not a certificate's QR text (HRIA1.…) or serial number", damaged: "The QR code's data are damaged",
      stale: "This list is more than {n} days old: the status may have changed; check the body's latest list",
      list_date: "List of certificates dated", serial_only: "Checked by serial in the list only; scan the QR code to check the certificate's signature",
      serial: "Serial", organisation: "Organisation", set: "Criteria set", level: "Level", score: "Score", issued: "Issued",
      expires: "Expires", body: "Certification body", status: "Status", checks: "What was checked", not_named: "Not named publicly (id {id})",
      statuses: { valid: "valid", suspended: "suspended", revoked: "revoked", superseded: "superseded", expired: "expired" }
    }
  }[lang];
  var THAI_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];
  var EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  var SIGNED = /HRIA1\.[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{8,200}/;
  var engine = "";

  function bytes(b64) {
    var s = b64.replace(/-/g, "+").replace(/_/g, "/");
    while (s.length % 4) { s += "="; }
    var bin = atob(s), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
    return out;
  }
  function text(u8) { return new TextDecoder("utf-8", { fatal: true }).decode(u8); }
  function dateText(iso) {
    var p = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!p) { return String(iso); }
    var y = +p[1], mo = +p[2] - 1, d = +p[3];
    return lang === "th" ? d + " " + THAI_MONTHS[mo] + " พ.ศ. " + (y + 543) + " (" + iso + ")"
      : d + " " + EN_MONTHS[mo] + " " + y + " (B.E. " + (y + 543) + ")";
  }
  function today() { return new Date().toISOString().slice(0, 10); }
  // the signed list's time (ISO, UTC) as a Thai office reads it: Bangkok time (UTC+7, no DST), B.E.
  function timeText(iso) {
    var ms = Date.parse(iso || "");
    if (isNaN(ms)) { return iso ? String(iso) : "—"; }
    var local = new Date(ms + 7 * 3600000).toISOString();
    var y = +local.slice(0, 4), mo = +local.slice(5, 7) - 1, d = +local.slice(8, 10), hm = local.slice(11, 16);
    return lang === "th" ? d + " " + THAI_MONTHS[mo] + " พ.ศ. " + (y + 543) + " เวลา " + hm + " น."
      : d + " " + EN_MONTHS[mo] + " " + y + ", " + hm + " Bangkok time";
  }

  async function ed25519(raw, sig, msg) {
    if (window.crypto && window.crypto.subtle) {
      try {
        var key = await window.crypto.subtle.importKey("raw", raw, { name: "Ed25519" }, false, ["verify"]);
        var ok = await window.crypto.subtle.verify({ name: "Ed25519" }, key, sig, msg);
        engine = "webcrypto";
        return ok;
      } catch (e) { /* no Ed25519 in this browser's WebCrypto: use tweetnacl */ }
    }
    if (window.nacl && sig.length === 64 && raw.length === 32) {
      engine = "tweetnacl";
      return window.nacl.sign.detached.verify(msg, sig, raw);
    }
    return false;
  }
  function keyFor(keyId, body) {
    for (var i = 0; i < D.keys.length; i++) {
      var k = D.keys[i];
      if (k.key_id === keyId && (body === null || k.body === body)) { return k; }
    }
    return null;
  }

  var listState = null;
  async function loadList() {
    if (listState) { return listState; }
    var content = bytes(D.list.content), key = keyFor(D.list.key_id, null), ok = false, parsed = null;
    try { ok = key !== null && await ed25519(bytes(key.raw), bytes(D.list.signature), content); } catch (e) { ok = false; }
    if (ok) { parsed = JSON.parse(text(content)); }
    var entries = {};
    if (parsed) { parsed.certificates.forEach(function (r) { entries[r.serial] = r; }); }
    var age = parsed ? (Date.now() - Date.parse(parsed.issued_at)) / 86400000 : null;
    listState = { ok: ok, entries: entries, issued_at: parsed ? parsed.issued_at : null,
                  stale: age !== null && age > D.freshness_days };
    return listState;
  }

  function el(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (content !== undefined) { e.textContent = content; }
    return e;
  }
  function levelName(setRef, level) {
    var names = D.levels[setRef] && D.levels[setRef][level];
    return names ? names[lang] + " / " + names[lang === "th" ? "en" : "th"] : level;
  }
  function bodyName(id) {
    for (var i = 0; i < D.keys.length; i++) { if (D.keys[i].body === id) { return (lang === "th" ? D.keys[i].name_th : D.keys[i].name_en) + " (" + id + ")"; } }
    return id;
  }

  function show(outcome, reason, facts, checks, list, detail) {
    var out = document.getElementById("result");
    out.textContent = "";
    root.setAttribute("data-outcome", outcome);
    root.setAttribute("data-reason", reason);
    root.setAttribute("data-engine", engine);
    var box = el("div", "verdict " + (outcome === "valid" ? "ok" : outcome === "invalid" ? "bad" : "warn"));
    box.appendChild(el("h2", "", M[outcome]));
    if (detail || (reason && M[reason])) { box.appendChild(el("p", "", detail || String(M[reason]).replace("{n}", D.freshness_days))); }
    out.appendChild(box);
    if (list && list.stale) { out.appendChild(el("p", "stale", M.stale.replace("{n}", D.freshness_days))); }
    if (facts.length) {
      var dl = el("dl", "facts");
      facts.forEach(function (f) { dl.appendChild(el("dt", "", f[0])); dl.appendChild(el("dd", "", f[1])); });
      out.appendChild(dl);
    }
    out.appendChild(el("h3", "", M.checks));
    var ul = el("ul", "checks");
    checks.forEach(function (c) { ul.appendChild(el("li", c[0] ? "pass" : "fail", (c[0] ? "✓ " : "✗ ") + c[1])); });
    out.appendChild(ul);
  }

  function factsOf(p, entry) {
    var name = entry && (lang === "th" ? entry.organisation_th : entry.organisation_en);
    var org = name ? name : M.not_named.replace("{id}", p.o || (entry && entry.organisation_id) || "—");
    var facts = [[M.organisation, org], [M.serial, p.s], [M.level, levelName(p.c, p.l)], [M.score, String(p.sc)],
                 [M.set, p.c], [M.issued, dateText(p.i)], [M.expires, dateText(p.e)], [M.body, bodyName(p.b)]];
    if (entry) { facts.push([M.status, M.statuses[entry.status] || entry.status]); }
    return facts;
  }

  async function checkSerial(serial) {
    var list = await loadList();
    var entry = list.ok ? list.entries[serial] : null;
    var checks = [[list.ok, list.ok ? M.list_ok : M.list_bad]];
    if (!list.ok) { return show("warning", "list_bad", [], checks, list); }
    if (!entry) { checks.push([false, M.not_listed]); return show("warning", "not_listed", [[M.serial, serial]], checks, list); }
    var p = { s: entry.serial, o: entry.organisation_id, c: entry.set, l: entry.level, sc: entry.score,
              i: entry.issued_on, e: entry.expires_on, b: entry.body };
    var good = entry.status === "valid";
    checks.push([good, good ? M.status_ok : M.status_bad + (M.statuses[entry.status] || entry.status)]);
    checks.push([false, M.serial_only]);
    show(good ? "warning" : "invalid", good ? "serial_only" : "status_bad", factsOf(p, entry), checks, list,
         good ? "" : M.status_bad + (M.statuses[entry.status] || entry.status));
  }

  async function checkPayload(signed) {
    var parts = signed.split("."), payloadBytes, sig, p;
    try {
      payloadBytes = bytes(parts[1]); sig = bytes(parts[2]);
      p = JSON.parse(text(payloadBytes));
    } catch (e) { return show("invalid", "damaged", [], [[false, M.damaged]], null); }
    if (!p || typeof p !== "object" || p.v !== 1 || typeof p.s !== "string" || typeof p.k !== "string" ||
        typeof p.b !== "string" || typeof p.sc !== "number") {
      return show("invalid", "damaged", [], [[false, M.damaged]], null);
    }
    var checks = [], key = keyFor(p.k, p.b);
    if (!key) { return show("invalid", "key_unknown", [], [[false, M.key_unknown]], null); }  // nothing unverified shown
    checks.push([true, M.key_ok]);
    var sigOk = await ed25519(bytes(key.raw), sig, payloadBytes);
    checks.push([sigOk, sigOk ? M.sig_ok : M.sig_bad]);
    if (!sigOk) { return show("invalid", "sig_bad", [], checks, null); }
    var inDates = (!key.valid_from || key.valid_from <= p.i) && (!key.valid_until || p.i <= key.valid_until);
    checks.push([inDates, inDates ? M.key_dates_ok : M.key_dates_bad]);
    var list = await loadList();
    checks.push([list.ok, list.ok ? M.list_ok : M.list_bad]);
    var entry = list.ok ? list.entries[p.s] || null : null;
    var reason = !inDates ? "key_dates_bad" : "", outcome = inDates ? "valid" : "invalid";
    if (list.ok && !entry) { checks.push([false, M.not_listed]); if (outcome === "valid") { outcome = "warning"; reason = "not_listed"; } }
    if (!list.ok && outcome === "valid") { outcome = "warning"; reason = "list_bad"; }
    if (entry) {
      var diff = [["c", "set"], ["l", "level"], ["i", "issued_on"], ["e", "expires_on"], ["b", "body"]].filter(function (f) {
        return String(p[f[0]]) !== String(entry[f[1]]);
      }).map(function (f) { return f[1]; });
      if (diff.length) { checks.push([false, M.mismatch + diff.join(", ")]); outcome = "invalid"; reason = reason || "mismatch"; }
      var good = entry.status === "valid";
      checks.push([good, good ? M.status_ok : M.status_bad + (M.statuses[entry.status] || entry.status)]);
      if (!good) { outcome = "invalid"; reason = "status_bad"; }
    }
    if (p.e < today() && outcome !== "invalid") { checks.push([false, M.expired]); outcome = "invalid"; reason = "expired"; }
    if (outcome === "valid" && list.stale) { outcome = "warning"; reason = "stale"; }
    show(outcome, reason, factsOf(p, entry), checks, list,
         reason === "status_bad" ? M.status_bad + (M.statuses[entry.status] || entry.status) : "");
  }

  function check(input) {
    var compact = (input || "").replace(/\s+/g, "");
    var found = SIGNED.exec(compact);
    if (found) { return checkPayload(found[0]); }
    if (/^[A-Za-z0-9][A-Za-z0-9._-]{2,80}$/.test(compact)) { return checkSerial(compact); }
    return show("invalid", "not_payload", [], [[false, M.not_payload]], null);
  }

  document.getElementById("check").addEventListener("click", function () {
    check(document.getElementById("payload").value);
  });
  window.addEventListener("hashchange", function () {
    var fromHash = decodeURIComponent((location.hash || "").slice(1));
    if (fromHash) { document.getElementById("payload").value = fromHash; check(fromHash); }
  });
  loadList().then(function (list) {
    var info = document.getElementById("list-info");
    info.textContent = M.list_date + " " + timeText(list.issued_at) + " · " + (list.ok ? M.list_ok : M.list_bad);
    var fromHash = decodeURIComponent((location.hash || "").slice(1));
    var serial = new URLSearchParams(location.search).get("serial");
    if (fromHash) { document.getElementById("payload").value = fromHash; check(fromHash); }
    else if (serial) { document.getElementById("payload").value = serial; check(serial); }
  });
}());
