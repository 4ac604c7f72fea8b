#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn the reference command dump (pykickstart 3.74, kickstart-commands.json) into the compact
table the linter compiles in (core/kickstart/commandtables.json, committed, so neither the build
nor the installed program needs the reference).

Usage: gencommandtable.py REFERENCE.json OUTPUT.json
(or: cmake --build build --target update_kickstart_tables)
"""
import json
import sys

FAMILIES = [["RHEL7", "RHEL8", "RHEL9", "RHEL10", "RHEL11"],
            ["F39", "F40", "F41", "F42", "F43", "F44", "F45"]]
KINDS = {"flag": "f", "value": "v", "optional-value": "o", "values*": "*", "values+": "+"}
TYPES = {"int": "i", "ksboolean": "b"}
# Releases older than the reference covers, approximated from RHEL7 minus what they lacked
# (the reference validator rejects these options at RHEL5; RHEL6 is close to RHEL7).
LEGACY = {
    "RHEL6": {"base": "RHEL7", "drop": {}},
    "RHEL5": {"base": "RHEL7", "drop": {
        "repo": ["--cost", "--excludepkgs", "--includepkgs", "--proxy", "--noverifyssl", "--install",
                 "--metalink", "--sslcacert", "--sslclientcert", "--sslclientkey", "--ignoregroups"],
        "%packages": ["--nobase", "--default", "--instLangs", "--inst-langs", "--multilib", "--nocore",
                      "--timeout", "--retries", "--excludeWeakdeps", "--exclude-weakdeps"]}},
}


def option_entry(name, o, siblings):
    # [kind, deprecated, type, choices, required, preferred alias]
    preferred = ""
    if any(c.isupper() for c in name):
        for other, od in siblings.items():
            if other != name and od["dest"] == o["dest"] and not any(c.isupper() for c in other):
                preferred = other
                break
    return [KINDS.get(o["kind"], "v"), 1 if o.get("deprecated") else 0, TYPES.get(o.get("type") or "", ""),
            o.get("choices") or [], 1 if o.get("required") else 0, preferred]


def positional_range(positional):
    lo, hi = 0, 0
    for p in positional:
        n = p.get("nargs")
        if n in (None, 1):
            lo, hi = lo + 1, hi + 1 if hi >= 0 else -1
        elif n == "?":
            hi = hi + 1 if hi >= 0 else -1
        elif n == "*":
            hi = -1
        elif n == "+":
            lo, hi = lo + 1, -1
        else:
            lo, hi = lo + int(n), hi + int(n) if hi >= 0 else -1
    return [lo, hi]


def command_entry(c):
    details = c.get("option_details") or {}
    opts = {n: option_entry(n, o, details) for n, o in details.items()}
    for n, kind in (c.get("options") or {}).items():  # option aliases listed only by name
        if n not in opts:
            opts[n] = [KINDS.get(kind, "v"), 0, "", [], 0, ""]
    free = not opts and bool(c.get("positional"))
    return {"s": c["status"][0], "o": opts, "p": positional_range(c.get("positional") or []),
            "k": 1 if c.get("parse_known_args") else 0, "f": 1 if free else 0,
            "r": 1 if c.get("repeatable") else 0, "c": c.get("conflicts") or []}


def main():
    ref = json.load(open(sys.argv[1], encoding="utf-8"))
    versions = ref["versions"]
    pool, pool_index, releases = [], {}, {}

    def intern(entry):
        key = json.dumps(entry, sort_keys=True)
        if key not in pool_index:
            pool_index[key] = len(pool)
            pool.append(entry)
        return pool_index[key]

    def build(name, v, drop, earlier):
        commands = {}
        for cname, c in v["commands"].items():
            e = command_entry(c)
            for o in drop.get(cname, []):
                e["o"].pop(o, None)
            gone = set()
            for prev in earlier:
                pc = versions[prev]["commands"].get(cname)
                if pc:
                    gone |= set((pc.get("options") or {}).keys())
            e["x"] = sorted(gone - set(e["o"].keys()))
            commands[cname] = intern(e)
        sections = {}
        for sname, s in v["sections"].items():
            details = s.get("option_details") or {}
            opts = {n: option_entry(n, o, details) for n, o in details.items()}
            for n, kind in (s.get("options") or {}).items():
                opts.setdefault(n, [KINDS.get(kind, "v"), 0, "", [], 0, ""])
            for o in drop.get(sname, []):
                opts.pop(o, None)
            sections[sname] = {"o": opts, "n": 1 if s.get("class") == "NullSection" else 0}
        old = name in ("RHEL5", "RHEL6", "RHEL7", "RHEL8")
        summary = v.get("summary", {})
        # %end is required since F8; RHEL5 predates it.
        return {"c": commands, "s": sections, "g": summary.get("aliases", []), "e": 0 if name == "RHEL5" else 1,
                "ds": [] if old else ["%traceback"]}

    for family in FAMILIES:
        for i, name in enumerate(family):
            if name in versions:
                releases[name] = build(name, versions[name], {}, [r for r in family[:i] if r in versions])
    for name, spec in LEGACY.items():
        releases[name] = build(name, versions[spec["base"]], spec["drop"], [])

    data = json.dumps({"pool": pool, "releases": releases,
                       "source": ref.get("generated_from", {})}, separators=(",", ":"), sort_keys=True)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write(data + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
