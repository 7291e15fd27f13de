"""The hria command line: a thin layer that parses, calls the library, prints and exits."""
