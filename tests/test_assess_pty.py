"""`hria assess` driven as an auditor would: the real program in a pseudo-terminal (pexpect).

The interview set (tests/data/interview.yaml) has five criteria: a must-pass policy,
training capped by the policy, a yes/no grievance channel, an effectiveness question
that only applies to law-enforcement agencies once the channel exists, and a
question that may be answered not applicable. Timeouts are generous and nothing is
timed: the machine running the tests may be slow.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from tests.conftest import DATA

TIMEOUT = 90
ANSWER = "Answer ["
PROFILE = """\
organisation:
  name: {th: สำนักงานทดสอบการสัมภาษณ์, en: Interview Test Office}
  type: government_agency
  subtype: law_enforcement
  province: Nan
  size: small
  registration_number: "0994000162341"
assessor:
  name: Auditor One
  organisation: Test Certification Body
"""


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """A working folder with the interview set on HRIA_CRITERIA_PATH and a profile file."""
    folder = tmp_path / "criteria" / "interview"
    folder.mkdir(parents=True)
    shutil.copy(DATA / "interview.yaml", folder / "2026.1.yaml")
    (tmp_path / "profile.yaml").write_text(PROFILE, encoding="utf-8")
    return tmp_path


def _env(place: Path, term: str = "dumb") -> dict[str, str]:
    """A dumb terminal by default, so rich writes plain text the tests can match across styles."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "FORCE_COLOR", "NO_COLOR")}
    env.update(HRIA_CRITERIA_PATH=str(place / "criteria"), TERM=term, COLUMNS="200", LINES="60",
               PYTHONIOENCODING="utf-8")
    return env


def spawn(place: Path, *args: str, env: dict[str, str] | None = None) -> pexpect.spawn:
    return pexpect.spawn(sys.executable, ["-m", "hria", "assess", *args], cwd=str(place),
                         env=env or _env(place), encoding="utf-8", timeout=TIMEOUT, dimensions=(60, 200))


def start(place: Path, env: dict[str, str] | None = None) -> pexpect.spawn:
    return spawn(place, "--set", "interview@2026.1", "--profile", "profile.yaml", "--lang", "en",
                 "-o", "s.yaml", env=env)


def reply(child: pexpect.spawn, prompt: str, text: str) -> None:
    child.expect_exact(prompt)
    child.sendline(text)


def answer(child: pexpect.spawn, value: str, evidence: str = "", notes: str = "") -> None:
    """Answer the question on screen, then its evidence and notes prompts."""
    reply(child, ANSWER, value)
    reply(child, "Evidence (", evidence)
    reply(child, "Notes", notes)


def finished(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus is not None
    return child.exitstatus


def hria(place: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hria", *args], cwd=place, env=_env(place),
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=600)


def answers(path: Path) -> dict[str, dict[str, object]]:
    from hria.loading.yaml_source import read_yaml

    return {a["criterion"]: a for a in read_yaml(path).data.get("answers", [])}


def meta(path: Path) -> dict[str, object]:
    line = next(x for x in path.read_text(encoding="utf-8").splitlines() if x.startswith("# hria-session: "))
    return json.loads(line.removeprefix("# hria-session: "))


HAND_WRITTEN = """\
schema_version: 1
criteria_set: {{id: interview, version: "2026.1", content_hash: "{hash}"}}
organisation:
  name: {{th: สำนักงานทดสอบการสัมภาษณ์, en: Interview Test Office}}
  type: government_agency
  subtype: law_enforcement
  province: nan
  size: small
  registration_number: "0994000162341"
assessor: {{name: Auditor One, organisation: Test Certification Body}}
assessed_on: {day}
answers:
  - {{criterion: ITV-GOV-01, value: 3, evidence: [POL-2026-01, "https://example.go.th/policy"],
     notes: signed by the governor}}
  - {{criterion: ITV-GOV-02, value: 2}}
  - {{criterion: ITV-GRV-01, value: 1, evidence: [complaints log 2026]}}
  - {{criterion: ITV-GRV-02, value: 1}}
  - {{criterion: ITV-GRV-03, not_applicable: {{reason: no migrant staff on the payroll}}}}
"""


def test_full_interview_scores_as_the_same_answers_written_by_hand(place: Path) -> None:
    child = spawn(place, "--set", "interview@2026.1", "--lang", "en", "-o", "s.yaml")
    reply(child, "Organisation name in Thai: ", "สำนักงานทดสอบการสัมภาษณ์")
    reply(child, "Organisation name in English", "Interview Test Office")
    reply(child, "Choose [1-2]: ", "1")  # subtype: law enforcement
    reply(child, "Province: ", "Narnia")
    child.expect_exact("unknown province")
    reply(child, "Province: ", "Nan")
    reply(child, "Choose [1-4]: ", "2")  # size: small
    reply(child, "registration number: ", "0994000162342")
    child.expect_exact("check digit")
    reply(child, "registration number: ", "0994000162341")
    reply(child, "Assessor's name: ", "Auditor One")
    reply(child, "Assessor's organisation: ", "Test Certification Body")
    child.expect_exact("4 questions apply to this organisation, and up to 1 more depending on the answers")
    child.expect_exact("Progress 1/4")
    answer(child, "3", "POL-2026-01; https://example.go.th/policy", "signed by the governor")
    child.expect_exact("Progress 2/4")
    answer(child, "2")
    child.expect_exact("Progress 3/4")
    reply(child, ANSWER, "1")
    child.expect_exact("Now applies: ITV-GRV-02")
    reply(child, "Evidence (", "complaints log 2026")
    reply(child, "Notes", "")
    child.expect_exact("Progress 4/5")
    answer(child, "1")
    child.expect_exact("Progress 5/5")
    reply(child, ANSWER, "n")
    reply(child, "Reason it does not apply [Enter = No migrant workers]: ", "no migrant staff on the payroll")
    reply(child, "Evidence (", "")
    reply(child, "Notes", "")
    child.expect_exact("Assessment summary")
    child.expect_exact("answered 4 · not applicable 1 · skipped 0")
    child.expect(r"Overall [0-9.]+ / 100")
    child.expect_exact("Corrective actions first")
    child.expect_exact("hria report s.yaml -o s-report.pdf --lang en")
    child.expect_exact("hria certify s.yaml --body BODY_ID --auditor AUDITOR_ID")
    assert finished(child) == 0

    from hria import criteria_sets

    day = (place / "s.yaml").read_text(encoding="utf-8").split("assessed_on: ")[1].split()[0].strip("'")
    content_hash = criteria_sets.load_set_file(DATA / "interview.yaml").content_hash
    (place / "hand.yaml").write_text(HAND_WRITTEN.format(hash=content_hash, day=day), encoding="utf-8")
    by_interview = hria(place, "score", "s.yaml", "--json")
    by_hand = hria(place, "score", "hand.yaml", "--json")
    assert by_interview.stderr == by_hand.stderr == ""
    assert by_interview.returncode == by_hand.returncode
    got, expected = json.loads(by_interview.stdout), json.loads(by_hand.stdout)
    for result in (got, expected):  # the file name and the hash of its bytes-level content differ, rightly
        del result["file"], result["assessment"]["hash"]
    assert got == expected
    assert got["decision"] == "certified" and by_interview.returncode == 0


def test_back_skip_mark_jump_and_review(place: Path) -> None:
    child = start(place)
    answer(child, "2")
    child.expect_exact("Progress 2/4")
    reply(child, ANSWER, "s")  # skip training
    child.expect_exact("Progress 3/4")
    reply(child, ANSWER, "b")
    child.expect_exact("ITV-GOV-02  Training")
    reply(child, ANSWER, "j grv-03")  # the unique ending of an id
    child.expect_exact("Channel for migrant workers")
    reply(child, ANSWER, "m")
    child.expect_exact("Marked ITV-GRV-03 for later")
    child.expect_exact("End of the questions")
    child.expect_exact("Unanswered: ITV-GOV-02, ITV-GRV-01, ITV-GRV-03")
    child.expect_exact("Marked: ITV-GRV-03")
    reply(child, "Enter go to what is left", "r")
    child.expect_exact("Review: answered 1, not applicable 0, unanswered 3, marked 1")
    reply(child, "Enter go to what is left", "j ITV-GRV-02")
    child.expect_exact("ITV-GRV-02 does not apply now: ITV-GRV-01 ≥ 1")
    reply(child, "Enter go to what is left", "j nope")
    child.expect_exact("No question 'nope'")
    reply(child, "Enter go to what is left", "")
    child.expect_exact("ITV-GOV-02  Training")
    reply(child, ANSWER, "q")
    child.expect_exact("continue with: hria assess --resume s.yaml")
    assert finished(child) == 0
    saved = answers(place / "s.yaml")
    assert list(saved) == ["ITV-GOV-01"] and saved["ITV-GOV-01"]["value"] == 2
    assert meta(place / "s.yaml")["marked"] == ["ITV-GRV-03"]
    assert meta(place / "s.yaml")["cursor"] == "ITV-GOV-02"


def test_invalid_input_reprompts_without_losing_state(place: Path) -> None:
    child = start(place)
    answer(child, "3", "DOC-1")
    child.expect_exact("Progress 2/4")
    for bad, says in [("7", "'7' is not an answer here: type 0-4"), ("yes please", "'yes please' is not"),
                      ("n", "ITV-GOV-02 may not be answered not applicable"),
                      ("", "No answer yet: type an answer, or s to skip"), ("j", "No question ''")]:
        reply(child, ANSWER, bad)
        child.expect_exact(says)
    answer(child, "4")
    child.expect_exact("Progress 3/4 · answered 2/4")
    reply(child, ANSWER, "q")
    assert finished(child) == 0
    saved = answers(place / "s.yaml")
    assert (saved["ITV-GOV-01"]["value"], saved["ITV-GOV-01"]["evidence"]) == (3, ["DOC-1"])
    assert saved["ITV-GOV-02"]["value"] == 4


def test_kill_9_then_resume_shows_every_answer_given_before(place: Path) -> None:
    child = start(place)
    answer(child, "3", "POL-7; minutes 2026-03", "policy signed")
    answer(child, "1", "training log")
    reply(child, ANSWER, "1")
    reply(child, "Evidence (", "")
    child.expect_exact("Notes")
    child.send("half-typed no")  # the answer being typed: the only thing a kill may lose
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus == signal.SIGKILL

    saved = answers(place / "s.yaml")
    assert {k: v["value"] for k, v in saved.items()} == {"ITV-GOV-01": 3, "ITV-GOV-02": 1, "ITV-GRV-01": 1}
    assert not list(place.glob(".s.yaml.*.tmp"))
    child = spawn(place, "--resume", "s.yaml")
    child.expect_exact("Resumed s.yaml: 3 answers so far")
    child.expect_exact("Progress 3/5")  # where it stopped: the grievance channel, answered
    reply(child, ANSWER, "r")
    for shown in ("1  ITV-GOV-01", "3 Implemented", "2  ITV-GOV-02", "1 Initial", "3  ITV-GRV-01", "1 Yes",
                  "4  ITV-GRV-02", "unanswered"):
        child.expect_exact(shown)
    reply(child, ANSWER, "b")
    reply(child, ANSWER, "b")
    child.expect_exact("Current answer: 3 Implemented")
    child.expect_exact("evidence: POL-7; minutes 2026-03")
    child.expect_exact("notes: policy signed")
    reply(child, ANSWER, "q")
    assert finished(child) == 0


def test_ctrl_c_offers_save_and_quit(place: Path) -> None:
    child = start(place)
    answer(child, "2")
    child.expect_exact(ANSWER)
    child.sendintr()
    reply(child, "Save and quit? [Y/n]: ", "n")
    child.expect_exact("ITV-GOV-02  Training")  # carries on where it was
    answer(child, "3")
    child.expect_exact(ANSWER)
    child.sendintr()
    reply(child, "Save and quit? [Y/n]: ", "")
    child.expect_exact("Saved to s.yaml — continue with: hria assess --resume s.yaml")
    assert finished(child) == 0
    assert {k: v["value"] for k, v in answers(place / "s.yaml").items()} == {"ITV-GOV-01": 2, "ITV-GOV-02": 3}
    scored = hria(place, "score", "s.yaml", "--json")
    assert json.loads(scored.stdout)["status"] == "incomplete"


def test_session_from_another_set_version_is_refused(place: Path) -> None:
    child = start(place)
    answer(child, "2")
    reply(child, ANSWER, "q")
    assert finished(child) == 0
    folder = place / "criteria" / "interview"
    text = (folder / "2026.1.yaml").read_text(encoding="utf-8")
    newer = text.replace('version: "2026.1"', 'version: "2026.2"')
    (folder / "2026.2.yaml").write_text(newer.replace("weight: 2, floor: 40", "weight: 3, floor: 40"),
                                        encoding="utf-8")
    child = spawn(place, "--resume", "s.yaml", "--set", "interview@2026.2", "--lang", "en")
    child.expect_exact("the assessment names interview@2026.1 but the criteria given are interview@2026.2")
    child.expect_exact("cannot resume s.yaml")
    assert finished(child) == 2

    changed = (folder / "2026.1.yaml").read_text(encoding="utf-8").replace("weight: 2, floor: 40",
                                                                           "weight: 3, floor: 40")
    (folder / "2026.1.yaml").write_text(changed, encoding="utf-8")
    child = spawn(place, "--resume", "s.yaml", "--lang", "en")
    child.expect_exact("the set changed after the answers were given")
    child.expect_exact("cannot resume s.yaml")
    assert finished(child) == 2


def test_impact_register_is_edited_during_the_interview(place: Path) -> None:
    child = start(place)
    reply(child, ANSWER, "i")
    child.expect_exact("No impacts yet")
    reply(child, "Enter back to the question: ", "a")
    for prompt, typed in [
        ("Id [I-1]: ", ""), ("Description: ", "Night-shift staff denied rest days"),
        ("Rights affected", "right to rest; just working conditions"),
        ("Rights-holders", "night-shift staff"),
        ("Choose [1-3]", "1"), ("Choose [1-2]", "1"), ("1 minor · 2 moderate", None),
        ("Scale 1-4: ", "5"), ("Scale 1-4: ", "3"),
        ("Scope", "3"), ("Irremediability", "3"), ("Likelihood", "4"), ("Mitigation measures", "new roster"),
        ("Mitigation owner", "HR"), ("Due date", "2026-13-01"), ("Due date", "31/12/2569"),
        ("→ 31 December 2026 (B.E. 2569), 2026-12-31\r\nIs that right? [Y/n]: ", "n"),
        ("Due date", "31 ธ.ค. 2569"), ("Is that right? [Y/n]: ", ""),
        ("Choose [1-4]", "1"),
    ]:
        if typed is None:  # shown, not asked
            child.expect_exact(prompt)
        else:
            reply(child, prompt, typed)
    child.expect_exact("Impact I-1 saved")
    child.expect_exact("I-1  right to rest; just working conditions  9 (3+3+3)")
    reply(child, "Enter back to the question: ", "e I-1")
    for prompt, typed in [
        ("Description [", ""), ("Rights affected", ""), ("Rights-holders", ""),
        ("Choose [1-3] [Enter = 1]", ""),
        ("Choose [1-2] [Enter = 1]", ""), ("Scale", ""), ("Scope", "1"), ("Irremediability", ""),
        ("Likelihood", ""), ("Mitigation measures", ""), ("Mitigation owner", ""), ("Due date", ""),
        ("Choose [1-4] [Enter = 1]", "3"),
    ]:
        reply(child, prompt, typed)
    child.expect_exact("I-1  right to rest; just working conditions  7 (3+1+3)")
    reply(child, "Enter back to the question: ", "")
    child.expect_exact("ITV-GOV-01  Human-rights policy")
    reply(child, ANSWER, "q")
    assert finished(child) == 0
    from hria.loading.yaml_source import read_yaml

    impacts = read_yaml(place / "s.yaml").data["impacts"]
    assert impacts == [{"id": "I-1", "description": "Night-shift staff denied rest days",
                        "rights": ["right to rest", "just working conditions"],
                        "rights_holders": ["night-shift staff"], "involvement": "cause", "kind": "actual",
                        "scale": 3, "scope": 1, "irremediability": 3, "likelihood": 4,
                        "mitigation": {"measures": ["new roster"], "owner": "HR", "due": "2026-12-31"},
                        "status": "mitigated"}]


def test_thai_screen_and_switching_language(place: Path) -> None:
    child = spawn(place, "--set", "interview@2026.1", "--profile", "profile.yaml", "-o", "s.yaml")
    child.expect_exact("ความก้าวหน้า 1/4")
    child.expect_exact("ITV-GOV-01  นโยบายสิทธิมนุษยชน")
    child.expect_exact("ไม่มีการดำเนินการ")
    reply(child, "คำตอบ [0-4, ? ช่วยเหลือ]: ", "?")
    child.expect_exact("คำแนะนำสำหรับผู้ตรวจ")
    reply(child, "คำตอบ [", "l")
    child.expect_exact("Progress 1/4")
    reply(child, ANSWER, "q")
    assert finished(child) == 0
    assert meta(place / "s.yaml")["lang"] == "en"


def test_without_a_terminal_it_says_so_instead_of_waiting(place: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "hria", "assess", "--set", "interview@2026.1",
                             "--lang", "en"],
                            cwd=place,
                            env={**_env(place), "CI": "true"}, input="2\n", capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 2
    assert "needs a terminal" in result.stderr and "hria score FILE" in result.stderr
    assert not list(place.glob("*.assessment.yaml"))


@pytest.mark.parametrize("no_color", [False, True])
def test_colour_only_where_the_terminal_takes_it(place: Path, no_color: bool) -> None:
    env = _env(place, term="xterm-256color")
    if no_color:
        env["NO_COLOR"] = "1"
    child = start(place, env=env)
    reply(child, ANSWER, "9")  # an error, shown in bold red
    screen = child.before
    child.expect_exact(ANSWER)
    screen += child.before
    child.sendline("q")
    assert finished(child) == 0
    colours = re.findall(r"\x1b\[[0-9;]*(?:3[0-7]|38;[0-9;]+|9[0-7])m", screen)
    assert re.search(r"\x1b\[1[;m]", screen)  # bold stays either way: it reads on light and dark backgrounds
    assert bool(colours) is not no_color


def test_resume_keeps_the_comments_of_a_hand_written_assessment(place: Path) -> None:
    child = start(place)
    answer(child, "2", evidence="doc 1")
    reply(child, ANSWER, "q")
    assert finished(child) == 0
    text = (place / "s.yaml").read_text(encoding="utf-8")
    lines = text.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.startswith("- criterion: ITV-GOV-01"))
    lines.insert(at, "# checked with the head of HR on 12 Oct")
    lines.insert(next(i for i, ln in enumerate(lines) if ln.startswith("organisation:")),
                 "# the office moved in 2568")
    (place / "s.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    child = spawn(place, "--resume", "s.yaml")
    answer(child, "3")
    reply(child, ANSWER, "q")
    assert finished(child) == 0
    saved = (place / "s.yaml").read_text(encoding="utf-8").splitlines()
    below = saved[saved.index("# checked with the head of HR on 12 Oct") + 1]
    assert below.startswith("- criterion: ITV-GOV-01")
    assert saved[saved.index("# the office moved in 2568") + 1] == "organisation:"


NON_NEGOTIABLE_RULES = """\
  gate_at: {maturity: 3, yes_no: 1}
  impact_register: {remediate_actual: [cause, contribute], potential_blocks_at: 24}
  non_negotiables:
    - criterion: ITV-GOV-01
      why: {th: นโยบายเป็นพื้นฐาน, en: the policy is the basis}
"""


def test_zero_on_a_non_negotiable_asks_for_its_impact_entry(place: Path) -> None:
    """Under 2026.2-style rules, a 0 on a non-negotiable opens the impact register before going on,
    and not applicable is refused on it."""
    target = place / "criteria" / "interview" / "2026.1.yaml"
    text = target.read_text(encoding="utf-8")
    text = text.replace("  severe_impact: {severe_at: 9, effect: not_certified}\n",
                        "  severe_impact: {severe_at: 9, effect: not_certified}\n" + NON_NEGOTIABLE_RULES)
    # A non-negotiable states the gate the engine applies (level 3), or the set does not load.
    text = text.replace("must_pass: {at_least: 2}", "must_pass: {at_least: 3}", 1)
    target.write_text(text, encoding="utf-8")
    child = start(place)
    reply(child, ANSWER, "n")
    child.expect_exact("ITV-GOV-01 is a non-negotiable and may not be answered not applicable")
    answer(child, "0", "board minutes 2026", "no policy at all")
    child.expect_exact("ITV-GOV-01 (Human-rights policy) is a non-negotiable at 0: record the impact")
    for prompt, typed in [
        ("Id [I-1]: ", ""), ("Description: ", "No policy: complaints of abuse go nowhere"),
        ("Rights affected", "right to an effective remedy"), ("Rights-holders", "residents"),
        ("Choose [1-3]", "1"), ("Choose [1-2] [Enter = 1]", ""), ("Scale 1-4: ", "3"),
        ("Scope", "2"), ("Irremediability", "2"), ("Likelihood", "3"), ("Mitigation measures", ""),
        ("Mitigation owner", ""), ("Due date", ""), ("Choose [1-4]", "1"),
    ]:
        reply(child, prompt, typed)
    child.expect_exact("Impact I-1 saved")
    reply(child, ANSWER, "q")
    assert finished(child) == 0
    from hria.loading.yaml_source import read_yaml

    saved = read_yaml(place / "s.yaml").data
    assert saved["schema_version"] == 2
    assert [(i["id"], i["criterion"], i["kind"], i["status"]) for i in saved["impacts"]] == [
        ("I-1", "ITV-GOV-01", "actual", "open")]
