"""Questionnaires: how a criteria set is asked of an audience, and the forms exported from it.

A definition (``questionnaires/<set>/<version>/<audience>.yaml``) orders the set's
criteria into sections with audience wording; ``form`` resolves it into the
questions every exporter (Excel, YAML, PDF) renders and every importer reads back.
"""
