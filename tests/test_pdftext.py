from hria.pdftext import contains, fold


def test_fold_matches_what_extractors_give_back() -> None:
    assert contains("84.38 / 100 · ไม่ผา่ นการรับรอง", "ไม่ผ่านการรับรอง")
    assert contains("บริษัท ตัวอย่าง จากัด", "บริษัท ตัวอย่าง จำกัด")
    assert not contains("บริษัท ตัวอย่าง จากัด", "บริษัท อื่น จำกัด")
    assert fold("Example  Co.\nLtd") == "ExampleCo.Ltd"
