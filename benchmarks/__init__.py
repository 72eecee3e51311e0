"""Benchmarks for 创城文库: `make bench` (BENCH_N=10000 make bench for the full run).

Modules:
  synth    deterministic synthetic corpus recombined from the real one
  stages   build stages in child processes, wall time and peak RSS
  stock    the same pages built with stock Material (built-in search) for comparison
  browser  headless Chromium search timing and bytes transferred
  run      the driver that prints the figures
"""
