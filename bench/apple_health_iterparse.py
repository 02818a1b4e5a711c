#!/usr/bin/env python3
"""The Python baseline for apple_health_bench: one xml.etree.ElementTree.iterparse pass over the same
synthetic export.xml, clearing each element when done (the usual way to stream Apple Health in Python),
doing the least a reader must: look at each Record's type and sum the steps.

    python3 bench/apple_health_iterparse.py [PATH]   # default: the file apple_health_bench wrote

Prints the bytes, the seconds and MB/s (MB = 10^6 bytes; Google Benchmark's bytes_per_second is in 2^20).
"""
import os
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree


def default_path():
    folder = os.environ.get("HIPFIT_APPLE_HEALTH_BENCH_DIR") or os.path.join(
        tempfile.gettempdir(), "hipfit-apple-health-bench")
    return os.path.join(folder, "export.xml")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else default_path()
    size = os.path.getsize(path)
    started = time.perf_counter()
    records = 0
    steps = 0.0
    for _, element in ElementTree.iterparse(path, events=("end",)):
        if element.tag == "Record":
            records += 1
            if element.get("type") == "HKQuantityTypeIdentifierStepCount":
                steps += float(element.get("value"))
        element.clear()
    seconds = time.perf_counter() - started
    print(f"{path}: {size} bytes, {records} records, {steps:.0f} steps in {seconds:.2f} s: "
          f"{size / seconds / 1e6:.1f} MB/s")


if __name__ == "__main__":
    main()
