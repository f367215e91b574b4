#!/usr/bin/env python3
"""Works on Sourcedesk's Qt Linguist files without Linguist.

  ts_tool.py pending LANG [--chunk N] OUTDIR
      Writes the messages of sourcedesk_LANG.ts that still need a translation as JSON files of at
      most N messages (default 150): OUTDIR/pending_000.json, ... Each message is
      {"key": ..., "context": ..., "source": ..., "comment": ..., "plural_forms": K or 0}.
  ts_tool.py apply LANG FILE...
      Reads JSON files mapping "key" to a translation (a string, or a list of K strings for a
      message with plural forms) and writes them into sourcedesk_LANG.ts as finished. Refuses a
      translation that loses or adds a placeholder (%1, %n, %L1 ...) or whose plural form count is
      wrong; nothing is written when any entry is refused.
  ts_tool.py check LANG...
      Exits 1 and lists what is missing when a message of a shipped language is unfinished, empty,
      or has placeholders that differ from its source.
  ts_tool.py verify LUPDATE SOURCE_DIR... -- LANG...
      The test behind "every visible string is translated": copies each language's file, lets
      lupdate add the strings the sources have now (so a new tr() the file lacks counts as
      missing), then checks the copies as `check` does. The files in the tree are not changed.

Keys are stable across runs: context, source and comment joined by U+0004.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PLURAL_FORMS = {"de": 2, "es": 2, "fr": 2, "pl": 3, "en": 2}
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")


def ts_path(lang):
    return os.path.join(HERE, f"sourcedesk_{lang}.ts")


def key_of(context, source, comment):
    return "\x04".join([context, source, comment or ""])


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg


def is_done(msg, forms):
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if msg.get("numerus") == "yes":
        values = [f.text or "" for f in tr.findall("numerusform")]
        return len(values) == forms and all(v.strip() for v in values)
    return bool((tr.text or "").strip())


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def problem(source, numerus, value, forms):
    values = value if isinstance(value, list) else [value]
    if numerus:
        if not isinstance(value, list) or len(value) != forms:
            return f"needs a list of {forms} plural forms"
    elif not isinstance(value, str):
        return "needs a string"
    want = placeholders(source)
    for v in values:
        if not v.strip():
            return "is empty"
        got = placeholders(v)
        # A plural form may leave %n out ("one candidate") but must not invent placeholders.
        if numerus and set(got) <= set(want) and set(want) - set(got) <= {"%n"}:
            continue
        if got != want:
            return f"placeholders {got} differ from the source's {want}"
    return None


def load(lang, folder=HERE):
    tree = ET.parse(os.path.join(folder, f"sourcedesk_{lang}.ts"))
    return tree, tree.getroot()


def save(tree, lang):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts_path(lang), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def cmd_pending(args):
    chunk = 150
    if args[:1] == ["--chunk"]:
        chunk = int(args[1])
        args = args[2:]
    lang, outdir = args[0], args[1]
    forms = PLURAL_FORMS[lang]
    _, root = load(lang)
    todo = []
    for context, msg in messages(root):
        if is_done(msg, forms):
            continue
        source = msg.findtext("source") or ""
        comment = msg.findtext("comment") or ""
        todo.append({"key": key_of(context, source, comment), "context": context, "source": source,
                     "comment": comment, "plural_forms": forms if msg.get("numerus") == "yes" else 0})
    os.makedirs(outdir, exist_ok=True)
    for i in range(0, len(todo), chunk):
        with open(os.path.join(outdir, f"pending_{i // chunk:03d}.json"), "w", encoding="utf-8") as f:
            json.dump(todo[i:i + chunk], f, ensure_ascii=False, indent=1)
    print(f"{lang}: {len(todo)} messages to translate in {(len(todo) + chunk - 1) // chunk} files under {outdir}")


def cmd_apply(args):
    lang, files = args[0], args[1:]
    forms = PLURAL_FORMS[lang]
    given = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            given.update(json.load(f))
    tree, root = load(lang)
    errors, applied = [], 0
    for context, msg in messages(root):
        source = msg.findtext("source") or ""
        key = key_of(context, source, msg.findtext("comment") or "")
        if key not in given:
            continue
        numerus = msg.get("numerus") == "yes"
        why = problem(source, numerus, given[key], forms)
        if why:
            errors.append(f"{context}: {source!r}: {why}")
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        if numerus:
            tr.text = None
            for v in given[key]:
                ET.SubElement(tr, "numerusform").text = v
        else:
            tr.text = given[key]
        applied += 1
    if errors:
        print(f"{lang}: nothing written; {len(errors)} translations refused:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    save(tree, lang)
    print(f"{lang}: {applied} translations written")
    return 0


def cmd_check(langs, folder=HERE):
    failed = False
    for lang in langs:
        forms = PLURAL_FORMS[lang]
        _, root = load(lang, folder)
        missing = []
        for context, msg in messages(root):
            source = msg.findtext("source") or ""
            if not is_done(msg, forms):
                missing.append(f"{context}: {source!r} is not translated")
                continue
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            value = [f.text or "" for f in tr.findall("numerusform")] if numerus else (tr.text or "")
            why = problem(source, numerus, value, forms)
            if why:
                missing.append(f"{context}: {source!r}: {why}")
        if missing:
            failed = True
            print(f"sourcedesk_{lang}.ts: {len(missing)} problems", file=sys.stderr)
            for m in missing[:200]:
                print("  " + m, file=sys.stderr)
        else:
            print(f"sourcedesk_{lang}.ts: complete")
    return 1 if failed else 0


def cmd_verify(args):
    import shutil
    import subprocess
    import tempfile
    if "--" not in args:
        print("verify: LUPDATE SOURCE_DIR... -- LANG...", file=sys.stderr)
        return 2
    split = args.index("--")
    lupdate, sources, langs = args[0], args[1:split], args[split + 1:]
    if not langs:
        print("verify: no shipped language to check (SOURCEDESK_SHIPPED_LANGUAGES is empty)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for lang in langs:
            copy = os.path.join(tmp, f"sourcedesk_{lang}.ts")
            shutil.copyfile(ts_path(lang), copy)
            copies.append(copy)
        run = subprocess.run([lupdate, *sources, "-extensions", "cpp,h", "-no-obsolete", "-locations", "none",
                              "-ts", *copies], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr, file=sys.stderr)
            return 1
        for line in run.stdout.splitlines():
            if "Found" in line:
                print("lupdate:" + line)
        return cmd_check(langs, tmp)


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("pending", "apply", "check", "verify"):
        print(__doc__, file=sys.stderr)
        return 2
    verb, args = sys.argv[1], sys.argv[2:]
    if verb == "pending":
        cmd_pending(args)
        return 0
    if verb == "apply":
        return cmd_apply(args)
    if verb == "verify":
        return cmd_verify(args)
    return cmd_check(args)


if __name__ == "__main__":
    sys.exit(main())
