"""Tenant analytics: the stats shape, the live reference pipeline, and the rollups."""
