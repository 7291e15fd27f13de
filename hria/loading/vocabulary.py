"""Loading the shared vocabulary (domains, laws, organisation types)."""

from __future__ import annotations

from functools import cache

from hria.loading.model_errors import validate_document
from hria.loading.paths import vocabulary_path
from hria.loading.yaml_source import read_yaml
from hria.models.vocabulary import Vocabulary


@cache
def load_vocabulary() -> Vocabulary:
    return validate_document(Vocabulary, read_yaml(vocabulary_path()))
