"""Waymark's benchmark suite: `python -m bench [--quick]` (see bench/__main__.py and bench/measures.py).

Every heavy measure runs in a fresh subprocess probe (bench/probe_*.py) next to a baseline timed
in the same run; workloads come from bench/workloads.py. Nothing here asserts on time.
"""
