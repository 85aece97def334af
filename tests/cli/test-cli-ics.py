#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""vinh-danh-cli ics, read back with an independent RFC 5545 reader written
here (line unfolding, parameters, text unescaping) and checked against the
archive itself, read with Python's sqlite3: every campaign and every
milestone is one all-day event with the right dates and title, and a second
export keeps every UID.

Usage: test-cli-ics.py CLI   (prints TAP)
"""

import datetime
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

CLI = sys.argv[1]
TMP = tempfile.mkdtemp(prefix='vd-cli-ics-')
ARCHIVE = os.path.join(TMP, 'demo.vinhdanh')
ENV = dict(os.environ, TZ='UTC', GSETTINGS_BACKEND='memory', LANGUAGE='C', LC_ALL='C.UTF-8')
results = []


def ok(condition, name, detail=''):
    results.append((bool(condition), name, detail))


def unfold(data):
    """RFC 5545 §3.1: lines end in CRLF; a line starting with a space or a
    tab continues the previous one. Unfolded on octets, then decoded, since
    a fold may fall inside a UTF-8 sequence."""
    assert data.endswith(b'\r\n'), 'the file must end with CRLF'
    raw = data.split(b'\r\n')[:-1]
    lines = []
    for line in raw:
        if line[:1] in (b' ', b'\t') and lines:
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return raw, [line.decode('utf-8') for line in lines]


def split_content_line(line):
    """name;param=value;...:value, with quoted parameter values."""
    i, quoted = 0, False
    while i < len(line):
        c = line[i]
        if c == '"':
            quoted = not quoted
        elif c == ':' and not quoted:
            break
        i += 1
    head, value = line[:i], line[i + 1:]
    parts = head.split(';')
    params = {}
    for p in parts[1:]:
        k, _, v = p.partition('=')
        params[k.upper()] = v.strip('"')
    return parts[0].upper(), params, value


def unescape(text):
    return re.sub(r'\\([\\;,nN])', lambda m: '\n' if m.group(1) in 'nN' else m.group(1), text)


def parse(path):
    with open(path, 'rb') as f:
        raw, lines = unfold(f.read())
    events, stack, current = [], [], None
    for line in lines:
        name, params, value = split_content_line(line)
        if name == 'BEGIN':
            stack.append(value)
            if value == 'VEVENT':
                current = {}
        elif name == 'END':
            assert stack and stack.pop() == value, f'unbalanced END:{value}'
            if value == 'VEVENT':
                events.append(current)
                current = None
        elif current is not None:
            current.setdefault(name, []).append((params, value))
    assert not stack, 'unclosed components'
    return raw, lines, events


def date_of(event, prop):
    params, value = event[prop][0]
    assert params.get('VALUE') == 'DATE', f'{prop} is not a DATE: {params}'
    return datetime.datetime.strptime(value, '%Y%m%d').date()


def main():
    subprocess.run([CLI, 'demo', '--output', ARCHIVE], env=ENV, check=True,
                   stdout=subprocess.DEVNULL, timeout=240)
    first = os.path.join(TMP, 'first.ics')
    second = os.path.join(TMP, 'second.ics')
    run = subprocess.run([CLI, 'ics', '--db', ARCHIVE, '--output', first], env=ENV,
                         capture_output=True, text=True, timeout=60)
    ok(run.returncode == 0, 'ics exits 0', run.stderr)
    m = re.match(r'events: (\d+)', run.stdout)
    ok(m is not None, 'ics reports the number of events', run.stdout)

    raw, lines, events = parse(first)
    ok(lines[0] == 'BEGIN:VCALENDAR' and lines[-1] == 'END:VCALENDAR', 'one VCALENDAR')
    ok('VERSION:2.0' in lines and any(l.startswith('PRODID:') for l in lines), 'VERSION and PRODID')
    ok(all(len(r) <= 75 for r in raw), 'content lines folded at 75 octets')
    ok(m is not None and int(m.group(1)) == len(events), 'as many events as reported')

    db = sqlite3.connect(ARCHIVE)
    campaigns = {row[0]: row[1:] for row in db.execute('SELECT id, name, starts_on, ends_on FROM campaigns')}
    milestones = {row[0]: row[1:] for row in
                  db.execute('SELECT id, campaign_id, title, due_on, kind FROM campaign_milestones')}
    domain = db.execute("SELECT value FROM settings WHERE key = 'ics_uid_domain'").fetchone()
    db.close()
    ok(domain is not None, 'the archive keeps its UID domain')
    ok(len(events) == len(campaigns) + len(milestones), 'one event per campaign and milestone',
       f'{len(events)} != {len(campaigns)} + {len(milestones)}')

    seen = set()
    problems = []
    for event in events:
        uid = event['UID'][0][1]
        try:
            for prop in ('UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY'):
                assert prop in event, f'{uid}: no {prop}'
            assert uid not in seen, f'{uid}: twice'
            seen.add(uid)
            kind, _, rest = uid.partition('-')
            number, _, dom = rest.partition('@')
            assert dom == domain[0], f'{uid}: foreign domain'
            start, end = date_of(event, 'DTSTART'), date_of(event, 'DTEND')
            summary = unescape(event['SUMMARY'][0][1])
            if kind == 'campaign':
                name, starts, ends = campaigns[int(number)]
                assert summary == name, f'{uid}: {summary!r} != {name!r}'
                assert start.isoformat() == starts, f'{uid}: starts {start}'
                last = end - datetime.timedelta(days=1)
                assert last.isoformat() == (ends or starts), f'{uid}: ends {last}'
            elif kind == 'milestone':
                campaign, title, due, mkind = milestones[int(number)]
                assert summary == title, f'{uid}: {summary!r} != {title!r}'
                assert start.isoformat() == due and end == start + datetime.timedelta(days=1), f'{uid}: {start}'
                related = event['RELATED-TO'][0][1]
                assert related == f'campaign-{campaign}@{domain[0]}', f'{uid}: related to {related}'
                assert event['X-VINHDANH-KIND'][0][1] == mkind, f'{uid}: kind'
            else:
                raise AssertionError(f'{uid}: unknown kind')
        except (AssertionError, KeyError) as e:
            problems.append(str(e))
    ok(not problems, 'every event matches the archive', '; '.join(problems[:5]))
    ok(any('Kỷ niệm 20 năm' in unescape(e['SUMMARY'][0][1]) for e in events),
       'Vietnamese titles survive folding')

    run = subprocess.run([CLI, 'ics', '--db', ARCHIVE, '--output', second], env=ENV,
                         capture_output=True, text=True, timeout=60)
    _, _, again = parse(second)
    ok(run.returncode == 0 and {e['UID'][0][1] for e in again} == seen,
       'a second export has the same UIDs, so calendars update rather than duplicate')

    run = subprocess.run([CLI, 'ics', '--db', ARCHIVE], env=ENV, capture_output=True, text=True)
    ok(run.returncode == 2, 'no --output is a usage error', run.stderr)
    run = subprocess.run([CLI, 'ics', '--db', os.path.join(TMP, 'missing.vinhdanh'), '--output', second],
                         env=ENV, capture_output=True, text=True)
    ok(run.returncode == 1 and run.stderr.strip() != '', 'a missing archive fails with a message')


try:
    main()
except Exception as e:  # report, never hang the TAP stream
    results.append((False, 'ran to the end', repr(e)))
finally:
    shutil.rmtree(TMP, ignore_errors=True)

print(f'1..{len(results)}')
for i, (passed, name, detail) in enumerate(results, 1):
    print(f'{"ok" if passed else "not ok"} {i} - {name}')
    if not passed and detail:
        for line in str(detail).splitlines():
            print(f'# {line}')
sys.exit(0 if all(r[0] for r in results) else 1)
