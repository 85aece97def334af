#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Files of `vinh-danh-cli chart` and `vinh-danh-cli report` read back by
independent readers: PNG header, SVG through an XML parser, PDF through
poppler's pdftotext, XLSX through zipfile and an XML parser. The report
forms' totals must equal the sum of their lines.

Usage: test-chart-files.py CLI   (prints TAP)
"""

import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

CLI = sys.argv[1]
TMP = tempfile.mkdtemp(prefix='vd-render-')
DB = os.path.join(TMP, 'demo.vinhdanh')
NS = {'s': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
tests = []


def test(func):
    tests.append(func)
    return func


def run(*args):
    env = dict(os.environ, TZ='UTC', GSETTINGS_BACKEND='memory', LANGUAGE='C', LC_ALL='C.UTF-8')
    return subprocess.run([CLI, *args], capture_output=True, encoding='utf-8', env=env, timeout=170)


def ok(*args):
    result = run(*args)
    assert result.returncode == 0, f'{args}: {result.returncode} {result.stderr}'
    return result


def read_xlsx(path):
    """Cells of the first sheet as {row: {column letter: value}}."""
    with zipfile.ZipFile(path) as z:
        strings = []
        if 'xl/sharedStrings.xml' in z.namelist():
            root = ET.fromstring(z.read('xl/sharedStrings.xml'))
            for si in root.findall('s:si', NS):
                strings.append(''.join(t.text or '' for t in si.iter('{%s}t' % NS['s'])))
        sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
    rows = {}
    for c in sheet.iter('{%s}c' % NS['s']):
        ref = c.get('r')
        col, row = re.match(r'([A-Z]+)(\d+)', ref).groups()
        v = c.find('s:v', NS)
        is_ = c.find('s:is', NS)
        if c.get('t') == 's' and v is not None:
            value = strings[int(v.text)]
        elif c.get('t') == 'inlineStr' and is_ is not None:
            value = ''.join(t.text or '' for t in is_.iter('{%s}t' % NS['s']))
        elif v is not None:
            value = float(v.text)
        else:
            continue
        rows.setdefault(int(row), {})[col] = value
    return rows


def col_letter(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


@test
def png_chart():
    out = os.path.join(TMP, 'units.png')
    ok('chart', '--db', DB, '--kind', 'units', '--width', '900', '--height', '500', '--output', out)
    with open(out, 'rb') as f:
        head = f.read(24)
    assert head[:8] == b'\x89PNG\r\n\x1a\n'
    assert struct.unpack('>II', head[16:24]) == (900, 500)


@test
def svg_chart_parses():
    out = os.path.join(TMP, 'years.svg')
    ok('chart', '--db', DB, '--kind', 'years', '--style', 'lines', '--output', out)
    root = ET.parse(out).getroot()
    assert root.tag.endswith('svg'), root.tag
    assert root.get('width').startswith('1000'), root.get('width')
    assert len(list(root.iter())) > 50


@test
def pdf_chart_has_vietnamese_labels():
    out = os.path.join(TMP, 'mix.pdf')
    ok('chart', '--db', DB, '--kind', 'mix', '--from', '2021', '--to', '2021', '--output', out)
    text = subprocess.run(['pdftotext', out, '-'], capture_output=True, encoding='utf-8').stdout
    for word in ['Mix of Award Forms', 'Year 2021', 'Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở']:
        assert word in text, f'{word!r} not in {text!r}'


@test
def xlsx_chart_table():
    out = os.path.join(TMP, 'shares.xlsx')
    ok('chart', '--db', DB, '--kind', 'shares', '--output', out)
    rows = read_xlsx(out)
    header = next(r for r in rows.values() if r.get('A') == 'Year')
    assert header['B'] == 'Individual awards' and header['C'] == 'Women', header
    data = [r for n, r in sorted(rows.items()) if isinstance(r.get('B'), float)]
    assert len(data) == 10, len(data)
    for r in data:
        assert 0 <= r['C'] <= r['B'] and abs(r['D'] - 100 * r['C'] / r['B']) < 0.06, r


@test
def csv_chart_table():
    out = os.path.join(TMP, 'units.csv')
    ok('chart', '--db', DB, '--kind', 'units', '--top', '5', '--output', out)
    with open(out, encoding='utf-8') as f:
        lines = f.read().splitlines()
    assert lines[0] == 'Unit,Awards', lines[0]
    assert len(lines) == 6 and lines[-1].startswith('Others,'), lines
    counts = [int(l.rsplit(',', 1)[1]) for l in lines[1:-1]]
    assert counts == sorted(counts, reverse=True), counts


def check_report(form, columns):
    xlsx = os.path.join(TMP, f'{form}.xlsx')
    pdf = os.path.join(TMP, f'{form}.pdf')
    ok('report', form, '--db', DB, '--year', '2021', '--output', xlsx)
    ok('report', form, '--db', DB, '--year', '2021', '--output', pdf)
    rows = read_xlsx(xlsx)
    lines = {}
    for n, r in rows.items():
        code = r.get('B')
        if isinstance(code, str) and re.fullmatch(r'\d\d', code):
            values = [r.get(col_letter(2 + i), 0.0) for i in range(columns)]
            lines[code] = (r['A'].strip(), values)
    total = lines['01'][1]
    assert total[0] > 0, f'{form}: nothing counted'
    # Each line: Tổng số is the sum of its form columns.
    for code, (label, values) in lines.items():
        assert values[0] == sum(values[1:]), (code, label, values)
    by_label = {label: values[0] for label, values in lines.values()}
    assert total[0] == by_label['Tập thể'] + by_label['Hộ gia đình'] + by_label['Cá nhân'], by_label
    methods = ['Thường xuyên', 'Chuyên đề', 'Đột xuất', 'Đối ngoại', 'Quá trình cống hiến', 'Niên hạn', 'Kháng chiến']
    assert total[0] == sum(by_label[m] for m in methods), by_label
    text = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, encoding='utf-8').stdout
    assert 'SỐ LƯỢNG KHEN THƯỞNG' in text and 'Người lập biểu' in text, text
    assert f'Biểu số: {form}.N/BNV-TĐKT' in text, text
    return lines


@test
def report_0602():
    lines = check_report('0602', 17)
    assert len(lines) == 19


@test
def report_0603():
    lines = check_report('0603', 5)
    assert len(lines) == 17


@test
def report_refuses_bad_input():
    r = run('report', '0604', '--db', DB, '--year', '2021', '--output', os.path.join(TMP, 'x.pdf'))
    assert r.returncode == 2 and 'report' in r.stderr, r
    r = run('report', '0602', '--db', DB, '--year', '2021', '--output', os.path.join(TMP, 'x.doc'))
    assert r.returncode == 2, r
    r = run('chart', '--db', DB, '--kind', 'pie', '--output', os.path.join(TMP, 'x.png'))
    assert r.returncode == 2, r


def main():
    print(f'1..{len(tests)}')
    status = 0
    setup = run('demo', '--output', DB)
    for i, func in enumerate(tests, 1):
        name = func.__name__.replace('_', '-')
        try:
            assert setup.returncode == 0, f'demo archive: {setup.stderr}'
            func()
            print(f'ok {i} {name}')
        except Exception as e:  # noqa: BLE001 - reported as TAP
            status = 1
            print(f'not ok {i} {name}')
            for line in repr(e).splitlines():
                print(f'# {line}')
        sys.stdout.flush()
    shutil.rmtree(TMP, ignore_errors=True)
    return status


if __name__ == '__main__':
    sys.exit(main())
