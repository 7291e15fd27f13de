import datetime as dt

from hria import dates


def test_buddhist_era_dates() -> None:
    day = dt.date(2026, 11, 23)
    assert dates.thai_date(day) == "23 พฤศจิกายน พ.ศ. 2569"
    assert dates.english_date(day) == "23 November 2026 (B.E. 2569)"
    assert dates.both(dt.date(2025, 1, 1)) == "1 มกราคม พ.ศ. 2568 (2025-01-01)"
