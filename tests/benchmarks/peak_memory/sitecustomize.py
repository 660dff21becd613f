"""Loaded by every Python process started with this folder on PYTHONPATH (the benchmark's importer and its reader child).

At exit each appends its own peak resident memory, `VmHWM` from /proc/self/status, to the file
named by HADIR_BENCH_PEAK_FILE. `ru_maxrss` is not used: for a process started by fork and exec
it also counts the parent's peak before the exec (see bench_merge.py), and RUSAGE_CHILDREN is
the largest of every child ever waited for.
"""

import atexit
import os


def _note_peak() -> None:
    target = os.environ.get("HADIR_BENCH_PEAK_FILE")
    if not target:
        return
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            peak = next((line.split()[1] for line in status if line.startswith("VmHWM:")), None)
    except OSError:
        return
    if peak is not None:
        with open(target, "a", encoding="ascii") as out:
            out.write(f"{os.getpid()} {peak}\n")


atexit.register(_note_peak)
