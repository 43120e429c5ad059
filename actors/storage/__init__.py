"""MongoDB: the store, the schema, and one module per collection family it writes."""
