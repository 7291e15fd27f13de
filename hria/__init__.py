"""hria — Human Rights Impact Assessment certification toolkit (NHRC strategic issue 2.2)."""

__version__ = "0.1.0"
