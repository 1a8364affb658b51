"""Evaluations of newsdesk stages against named baselines on benchmark data."""
