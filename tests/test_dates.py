import datetime as dt

import pytest

from hria import dates


def test_buddhist_era_dates() -> None:
    day = dt.date(2026, 11, 23)
    assert dates.thai_date(day) == "23 พฤศจิกายน พ.ศ. 2569"
    assert dates.english_date(day) == "23 November 2026 (B.E. 2569)"
    assert dates.both(dt.date(2025, 1, 1)) == "1 มกราคม พ.ศ. 2568 (2025-01-01)"


def test_a_month_key_reads_as_its_readers_write_it() -> None:
    assert dates.month_in_lang("2026-12", "th") == "ธ.ค. 2569"
    assert dates.month_in_lang("2027-01", "en") == "Jan 2027"
    assert dates.month_in_lang("overdue", "th") == "overdue"  # not a month: left to the caller


@pytest.mark.parametrize("typed", ["2569-06-30", "30/06/2569", "30 มิ.ย. 2569", "30 มิถุนายน พ.ศ. 2569",
                                   "๓๐/๐๖/๒๕๖๙", "2026-06-30", "30/06/2026", "30 June 2026",
                                   "ค.ศ. 2026-06-30",
                                   "2569/6/30"])
def test_dates_are_read_in_either_era(typed: str) -> None:
    assert dates.parse(typed) == dt.date(2026, 6, 30)


@pytest.mark.parametrize("typed", ["31/02/2569", "June 2026", "30-06-69", "2569-06-30 or so"])
def test_unreadable_dates_say_how_to_write_one(typed: str) -> None:
    with pytest.raises(dates.UnreadableDate) as caught:
        dates.parse(typed)
    assert "30/06/2569" in caught.value.th and "a year above 2400 is B.E." in caught.value.en


def test_a_be_date_in_an_assessment_file_is_the_ce_date_it_means() -> None:
    from hria.models.assessment import Mitigation

    assert Mitigation(measures=[], due=dt.date(2569, 6, 30)).due == dt.date(2026, 6, 30)
    assert Mitigation(measures=[], due="30/06/2569").due == dt.date(2026, 6, 30)
    assert Mitigation(measures=[], due=dt.date(2026, 6, 30)).due == dt.date(2026, 6, 30)


def test_29_february_of_a_be_year_without_it_is_one_located_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """B.E. 2404 is C.E. 1861, which has no 29 February: the file's line, in either language."""
    import pathlib
    import subprocess

    example = pathlib.Path(__file__).parents[1] / "examples" / "lao-town-municipality.assessment.yaml"
    text = example.read_text(encoding="utf-8").replace("assessed_on: 2026-09-22", "assessed_on: 2404-02-29")
    bad = tmp_path / "a.yaml"
    bad.write_text(text, encoding="utf-8")
    said = {lang: subprocess.run(["hria", "score", str(bad), "--lang", lang], capture_output=True, text=True)
            for lang in ("th", "en")}
    assert said["th"].returncode == said["en"].returncode == 2
    assert said["th"].stderr == f"{bad}:24:1: 2404-02-29 ไม่ใช่วันที่ที่มีอยู่จริง\n"
    assert said["en"].stderr == f"{bad}:24:1: 2404-02-29 is not a real date (no 29 February in C.E. 1861)\n"

