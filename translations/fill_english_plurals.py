#!/usr/bin/env python3
# Fills the English plural forms of sourcedesk_en.ts (made by lupdate -pluralonly): the singular
# from the rules below, the plural from the source text. Run by the update_english_plurals target.
import re, sys, html
path = sys.argv[1]
text = open(path, encoding='utf-8').read()
SING = [
    ("%n new candidates", "%n new candidate"),
    ("%n candidate(s)", "%n candidate"), ("%n row(s)", "%n row"), ("%n member(s)", "%n member"),
    ("%n people", "%n person"), ("%n member entries", "%n member entry"),
    ("first %n candidates", "first %n candidate"), ("%n candidates", "%n candidate"),
    ("%n of the rows shown would not import", "%n of the rows shown would not import"),
    ("%n rows", "%n row"), ("%n duplicates", "%n duplicate"),
    ("%n more rows with problems are", "%n more row with problems is"),
    ("%n active campaigns", "%n active campaign"),
    ("%n seconds", "%n second"), ("%n activities", "%n activity"), ("%n statuses", "%n status"),
    ("%n sync settings changed", "%n sync setting changed"), ("%n jobs so far", "%n job so far"),
    ("The first %n jobs", "The first %n job"), ("%n jobs.", "%n job."), ("%n results", "%n result"),
    ("%n of the selected people are in", "%n of the selected people is in"),
    ("%n SmartRecruiters updates", "%n SmartRecruiters update"),
    ("Skip %n jobs? They will", "Skip %n job? It will"),
    ("(%n changed again since: left as they are)", "(%n changed again since: left as it is)"),
]
def forms(src):
    one = src
    for a, b in SING:
        if a in one:
            one = one.replace(a, b)
            break
    one = one.replace("(s)", "")
    many = src.replace("(s)", "s")
    return one, many
def repl(m):
    src = html.unescape(m.group(1))
    one, many = forms(src)
    e = lambda s: html.escape(s, quote=False).replace("'", "&apos;")
    return (m.group(0).split("<translation")[0] +
            "<translation>\n            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n        </translation>" % (e(one), e(many)))
text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished">.*?</translation>', repl, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
