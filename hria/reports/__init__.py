"""Assessment reports: a scored assessment laid out as a bilingual institutional PDF."""
