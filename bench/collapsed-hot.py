#!/usr/bin/env python3
"""Summarises async-profiler's collapsed stacks ("frame;frame;... count" per line): the hottest frames, by self time
and inclusive, as shares of all samples.

usage: cat profile-*.collapsed | bench/collapsed-hot.py [REGEX] [TOP]
"""
import collections
import re
import sys

pattern = re.compile(sys.argv[1] if len(sys.argv) > 1 else ".")
top = int(sys.argv[2]) if len(sys.argv) > 2 else 60
own, inclusive, samples = collections.Counter(), collections.Counter(), 0
for line in sys.stdin:
    stack, _, count = line.rstrip("\n").rpartition(" ")
    if not stack or not count.isdigit():
        continue
    n = int(count)
    frames = stack.split(";")
    samples += n
    own[frames[-1]] += n
    for frame in set(frames):
        inclusive[frame] += n

if not samples:
    sys.exit("no samples")
print(f"{samples} samples\n-- self")
for frame, n in own.most_common(25):
    print(f"{100 * n / samples:5.1f}% {frame}")
print(f"-- inclusive, frames matching {pattern.pattern}")
matching = [(frame, n) for frame, n in inclusive.most_common() if pattern.search(frame)]
for frame, n in matching[:top]:
    print(f"{100 * n / samples:5.1f}% {frame}")
