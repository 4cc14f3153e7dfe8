"""Summarise a folder of CSV exports from the weather station.

Each file holds one day of readings, one row per minute. The script writes a
JSON report with daily minimum, maximum and mean temperature, total rainfall,
and the longest dry spell in hours.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path


@dataclass
class DaySummary:
    date: str
    readings: int = 0
    temp_min: float | None = None
    temp_max: float | None = None
    temp_mean: float | None = None
    rain_mm: float = 0.0
    longest_dry_hours: float = 0.0
    warnings: list[str] = field(default_factory=list)


def parse_row(row: dict[str, str]) -> tuple[datetime, float, float]:
    stamp = datetime.strptime(row["timestamp"], "%Y-%m-%d %H:%M:%S")
    temp = float(row["temp_c"])
    rain = float(row.get("rain_mm") or 0.0)
    return stamp, temp, rain


def summarise(path: Path) -> DaySummary:
    summary = DaySummary(date=path.stem)
    temps: list[float] = []
    dry_start: datetime | None = None
    longest_dry = timedelta(0)

    with path.open(newline="", encoding="utf-8") as handle:
        for line_no, row in enumerate(csv.DictReader(handle), start=2):
            try:
                stamp, temp, rain = parse_row(row)
            except (KeyError, ValueError) as exc:
                summary.warnings.append(f"line {line_no}: {exc}")
                continue

            summary.readings += 1
            temps.append(temp)
            summary.rain_mm += rain

            if rain > 0.0:
                if dry_start is not None:
                    longest_dry = max(longest_dry, stamp - dry_start)
                dry_start = None
            elif dry_start is None:
                dry_start = stamp

    if temps:
        summary.temp_min = min(temps)
        summary.temp_max = max(temps)
        summary.temp_mean = round(statistics.fmean(temps), 2)
    summary.rain_mm = round(summary.rain_mm, 1)
    summary.longest_dry_hours = round(longest_dry.total_seconds() / 3600, 2)
    if summary.readings < 1440:
        summary.warnings.append(f"only {summary.readings} of 1440 readings")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder with one CSV file per day")
    parser.add_argument("-o", "--output", type=Path, default=Path("report.json"))
    parser.add_argument("--strict", action="store_true", help="fail on any warning")
    args = parser.parse_args(argv)

    files = sorted(args.folder.glob("*.csv"))
    if not files:
        print(f"no CSV files in {args.folder}", file=sys.stderr)
        return 2

    days = [summarise(path) for path in files]
    report = {
        "station": args.folder.name,
        "days": [asdict(day) for day in days],
        "total_rain_mm": round(sum(day.rain_mm for day in days), 1),
    }
    args.output.write_text(json.dumps(report, indent=2), encoding="utf-8")

    problems = sum(len(day.warnings) for day in days)
    if problems and args.strict:
        print(f"{problems} warnings; see {args.output}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
