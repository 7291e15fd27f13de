"""Reading hria's YAML files into models, with every problem located in its file."""
