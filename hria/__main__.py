"""`python -m hria` runs the same program as the `hria` command."""

from hria.cli.app import main

main()
