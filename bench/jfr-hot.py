#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample` output: the hottest frames, by self time and inclusive.

usage: jfr print --stack-depth 96 --events jdk.ExecutionSample rec.jfr | bench/jfr-hot.py [REGEX] [TOP]
"""
import collections
import re
import sys

pattern = re.compile(sys.argv[1] if len(sys.argv) > 1 else ".")
top = int(sys.argv[2]) if len(sys.argv) > 2 else 60
own, inclusive, samples = collections.Counter(), collections.Counter(), 0
for event in sys.stdin.read().split("jdk.ExecutionSample {")[1:]:
    match = re.search(r"stackTrace = \[(.*?)\n\s*\]", event, re.S)
    if not match:
        continue
    frames = [re.sub(r"\s+line:.*", "", f.strip()) for f in match.group(1).strip().split("\n")]
    frames = [f for f in frames if f and f != "..."]
    if not frames:
        continue
    samples += 1
    own[frames[0]] += 1
    for frame in set(frames):
        inclusive[frame] += 1

print(f"{samples} samples\n-- self")
for frame, n in own.most_common(25):
    print(f"{100 * n / samples:5.1f}% {frame}")
print(f"-- inclusive, frames matching {pattern.pattern}")
shown = 0
for frame, n in inclusive.most_common():
    if pattern.search(frame):
        print(f"{100 * n / samples:5.1f}% {frame}")
        shown += 1
        if shown >= top:
            break
