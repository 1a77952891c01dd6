"""Prints where a boot's time went, from the Karaf log: offsets from the moment the boot began (argv[2], epoch ms);
lines logged before it (an earlier boot's) are skipped.

Usage: python3 boot-timeline.py <karaf.log> <start-epoch-ms> [<ready-epoch-ms>]
"""
import re
import sys
from datetime import datetime

MILESTONES = [
    (r"Adding features: (.*)", "features: adding {0}"),
    (r"FeaturesServiceImpl .*\| Done\.", "features: done"),
    (r"Deployment finished", "boot features deployed"),
    (r"schema (\S+) migrated from version (\S+) to (\S+)", "migrated schema {0} ({1} -> {2})"),
    (r"module (\S+) is enabled but not installed on this node", "module {0}: installing"),
    (r"module (\S+) is enabled but cannot start", "module {0}: failed to start, retrying"),
    (r"API generation (\d+) serving after (\d+) ms \((.*)\)", "API generation {0} served (built in {1} ms: {2})"),
    (r"Refreshing bundles (.*)", "refreshing bundles {0}"),
    (r"Started ServerConnector", "web server listening"),
]


def main(log, start_ms, ready_ms=None):
    start = int(start_ms)
    first = None
    for line in open(log, encoding="utf-8", errors="replace"):
        stamp = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d,\d{3})", line)
        if not stamp:
            continue
        at = int(datetime.strptime(stamp.group(1), "%Y-%m-%dT%H:%M:%S,%f").timestamp() * 1000)
        if at < start:
            continue  # an earlier boot's
        if first is None:
            first = at
            print(f"{at - start:>7} ms  first log line (the framework is up)")
        for pattern, label in MILESTONES:
            found = re.search(pattern, line)
            if found:
                print(f"{at - start:>7} ms  {label.format(*[g[:90] for g in found.groups()])}")
    if ready_ms:
        print(f"{int(ready_ms) - start:>7} ms  first 200 from /api/v1/health")


if __name__ == "__main__":
    main(*sys.argv[1:])
