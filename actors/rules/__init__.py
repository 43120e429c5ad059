"""Pure rules: state machines and calculations with no I/O (time is a parameter)."""
