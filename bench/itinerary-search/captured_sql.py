#!/usr/bin/env python3
"""Turns the itinerary statements the Api sent, as PostgreSQL logged them (log_min_duration_statement = 0: an
"execute" line of an unnamed or prepared statement, its continuation lines, then a DETAIL line with the parameters), into a pgbench script that runs
exactly those statements with the values inlined, one picked at random per transaction. So the reference is the
Api's own SQL, not a copy of it that could drift.

usage: captured_sql.py POSTGRES_LOG PGBENCH_OUT
"""
import re
import sys

GROUP = 20  # pgbench picks a statement through a two-level \\if tree, GROUP branches per level, to stay cheap
ENTRY = re.compile(r"^\S+ \S+ \S+ \[(\d+)\] (LOG|DETAIL):\s+(.*)$")
EXECUTE = re.compile(r"\bexecute (?:<unnamed>|\w+): (.*)$")  # <unnamed>, or a statement Npgsql prepared (_auto0, ...)
PARAMETER = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def captured(log_path):
    """Each logged execution of the itinerary statement, its parameters inlined."""
    statements, executing = [], {}  # executing: pid -> text of an execute line still waiting for its parameters
    current = None
    with open(log_path, errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("\t") and current is not None:
                current.append(line[1:])
                continue
            current = None
            entry = ENTRY.match(line)
            if not entry:
                continue
            pid, kind, text = entry.groups()
            execute = EXECUTE.search(text) if kind == "LOG" else None
            if execute and "hub_rules" in text:
                current = [execute.group(1)]
                executing[pid] = current
            elif kind == "DETAIL" and text.startswith("parameters: ") and pid in executing:
                values = {int(n): v for n, v in PARAMETER.findall(text)}
                sql = "\n".join(executing.pop(pid))
                statements.append(re.sub(r"\$(\d+)\b", lambda m: values[int(m.group(1))], sql).rstrip().rstrip(";") + ";")
    return statements


def pgbench_script(statements):
    lines = [f"-- {len(statements)} itinerary searches as the Api sent them; one picked at random per transaction",
             f"\\set q random(0, {len(statements) - 1})",
             f"\\set g :q / {GROUP}"]
    for gi, start in enumerate(range(0, len(statements), GROUP)):
        lines.append(("\\if" if gi == 0 else "\\elif") + f" :g = {gi}")
        for i in range(start, min(start + GROUP, len(statements))):
            lines.append(("\\if" if i == start else "\\elif") + f" :q = {i}")
            # pgbench reads a command up to the end of its line: join the statement's lines, its "--" comments dropped
            lines.append(" ".join(re.sub(r"--.*$", "", part).strip() for part in statements[i].splitlines()))
        lines.append("\\endif")
    lines.append("\\endif")
    return "\n".join(lines) + "\n"


def main(log_path, pgbench_out):
    statements = captured(log_path)
    if not statements:
        sys.exit(f"no itinerary statements with parameters found in {log_path}")
    with open(pgbench_out, "w") as f:
        f.write(pgbench_script(statements))
    print(len(statements))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
