"""Certificates: the signed payload, its QR code, and the one-page bilingual document."""
