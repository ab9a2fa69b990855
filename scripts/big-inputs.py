#!/usr/bin/env python3
"""Write issue 12's blow-up inputs (invented text) for timing builds of the release binary:

    scripts/big-inputs.py line MB FILE [EVERY]   a name line, then MB megabytes of one sentence
                                                 with no full stop and no newline: clauses of
                                                 ~90 characters, every EVERY-th (default 6)
                                                 naming a person and a year, 0 for none
    scripts/big-inputs.py awards N FILE          a profile whose footer award line lists N years
                                                 (1800-2200 over and over)
    scripts/big-inputs.py relative N FILE        one sentence of N relative dates

    /usr/bin/time -v .build/release/chronograph build FILE --out /tmp/x
"""
import sys

PLAIN = [
    "the council of the town grew and the harbour office opened a new fibre network for all ",
    "and the ferry trust widened the quay while the market hall kept its old roof for now ",
    "and the school board talked with the library about longer hours for the reading rooms ",
    "and the bus company tried a night route past the mill and the old brick warehouses ",
    "and the water board laid new pipes under the square while traders waited for spring ",
]
DATED = "and the Marsh Quay Fibre Loop of Lakeside hired Ines Varga in 2011 as its first manager "


def line(megabytes, every=6):
    clauses = PLAIN if every == 0 else [PLAIN[i % len(PLAIN)] for i in range(every - 1)] + [DATED]
    cycle = "".join(clauses)
    size = megabytes * 1_000_000
    return "Lakeside\n" + (cycle * (size // len(cycle) + 1))[:size]


def awards(n):
    years = " | ".join(str(1800 + i % 401) for i in range(n))
    return f"Lakeside\nLakeside opened a harbour office in 2010.\n\nPopulation: 12,000\nSmart21 {years}\n"


def relative(n):
    return "Lakeside\nIn 2010 Lakeside grew" + " and the following year" * n + ".\n"


def main():
    kinds = {"line": line, "awards": awards, "relative": relative}
    if len(sys.argv) not in (4, 5) or sys.argv[1] not in kinds or (len(sys.argv) == 5 and sys.argv[1] != "line"):
        sys.exit(__doc__)
    numbers = [int(sys.argv[2])] + [int(a) for a in sys.argv[4:]]
    with open(sys.argv[3], "w", encoding="utf-8") as out:
        out.write(kinds[sys.argv[1]](*numbers))


if __name__ == "__main__":
    main()
