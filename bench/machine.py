"""Machine details written beside every benchmark result, so numbers are read with the machine they came from."""

from __future__ import annotations

import os
import platform
from datetime import UTC, datetime


def machine() -> dict[str, object]:
    memory = ""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            memory = meminfo.readline().split(":", 1)[1].strip()
    except OSError:
        pass
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as cpuinfo:
            cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "")
    except OSError:
        pass
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
    }
