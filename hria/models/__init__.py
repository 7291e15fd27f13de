"""Pydantic v2 models of hria's data: criteria sets, vocabulary, references."""
