#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""vinh-danh-cli end to end: runs the built executable as a user would.

Usage: test-cli.py CLI SCHEMA_DIR   (prints TAP)
"""

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

CLI = sys.argv[1]
SCHEMA_DIR = sys.argv[2] if len(sys.argv) > 2 else ''
TMP = tempfile.mkdtemp(prefix='vd-cli-')
SMALL = os.path.join(TMP, 'small.vinhdanh')
KEYS = ['archive', 'schema-version', 'integrity', 'foreign-key-violations', 'units', 'people',
        'awards', 'decisions', 'dossiers', 'documents', 'blobs', 'campaigns', 'blocs']

tests = []


def test(func):
    tests.append(func)
    return func


class Skip(Exception):
    pass


def env(**extra):
    e = dict(os.environ)
    e.update({'TZ': 'UTC', 'GSETTINGS_BACKEND': 'memory', 'LANGUAGE': 'C', 'LC_ALL': 'C.UTF-8'})
    e.pop('GSETTINGS_SCHEMA_DIR', None)
    e.update(extra)
    return e


def run(*args, environ=None, timeout=180):
    return subprocess.run([CLI, *args], capture_output=True, encoding='utf-8',
                          env=environ or env(), timeout=timeout)


def digest(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def one_line_error(result, *words):
    assert result.returncode != 0, f'exit status 0, stdout {result.stdout!r}'
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f'expected one line on stderr, got {result.stderr!r}'
    assert lines[0].startswith('vinh-danh-cli'), lines[0]
    for word in words:
        assert word in lines[0], f'{word!r} not in {lines[0]!r}'
    return lines[0]


def parse_check(stdout):
    values = {}
    for line in stdout.splitlines():
        name, sep, value = line.partition(': ')
        assert sep, f'not "name: value": {line!r}'
        values[name] = value
    return values


def ensure_small():
    if not os.path.exists(SMALL):
        result = run('demo', '--output', SMALL)
        assert result.returncode == 0, result.stderr
    return SMALL


@test
def top_level_help():
    result = run('--help')
    assert result.returncode == 0, result.stderr
    assert 'demo' in result.stdout and 'check' in result.stdout, result.stdout


@test
def command_help():
    demo = run('demo', '--help')
    assert demo.returncode == 0 and '--output' in demo.stdout and '--scale' in demo.stdout, demo.stdout
    check = run('check', '--help')
    assert check.returncode == 0 and '--db' in check.stdout, check.stdout


@test
def unknown_command():
    one_line_error(run('frobnicate'), 'frobnicate')


@test
def no_command():
    one_line_error(run())


@test
def bad_scale():
    out = os.path.join(TMP, 'huge.vinhdanh')
    one_line_error(run('demo', '--scale', 'huge', '--output', out), 'huge')
    assert not os.path.exists(out)


@test
def missing_value():
    one_line_error(run('demo', '--output'), '--output')
    one_line_error(run('check', '--db'), '--db')


@test
def missing_output():
    one_line_error(run('demo'), '--output')


@test
def unknown_option():
    one_line_error(run('check', '--frobnicate'), '--frobnicate')


@test
def demo_small_then_check():
    ensure_small()
    result = run('check', '--db', SMALL)
    assert result.returncode == 0, result.stderr
    values = parse_check(result.stdout)
    assert list(values) == KEYS, list(values)
    assert values['schema-version'] == '2'
    assert values['integrity'] == 'ok'
    assert values['foreign-key-violations'] == '0'
    assert values['people'] == '600', values
    assert 25 <= int(values['units']) <= 40, values
    assert int(values['awards']) > 5000, values
    for key in KEYS[4:]:
        assert int(values[key]) > 0, (key, values)


@test
def check_read_only_archive_unchanged():
    ensure_small()
    path = os.path.join(TMP, 'backup-on-cd.vinhdanh')
    shutil.copyfile(SMALL, path)
    os.chmod(path, 0o444)
    before = digest(path)
    result = run('check', '--db', path)
    assert result.returncode == 0, result.stderr
    assert parse_check(result.stdout)['integrity'] == 'ok'
    assert digest(path) == before
    assert not os.path.exists(path + '-wal')


@test
def demo_refuses_existing_file():
    ensure_small()
    before = digest(SMALL)
    one_line_error(run('demo', '--output', SMALL), 'already exists')
    assert digest(SMALL) == before


@test
def check_refuses_text_file():
    path = os.path.join(TMP, 'notes.txt')
    with open(path, 'w') as f:
        f.write('Danh sách khen thưởng năm 2021\n' * 20)
    before = digest(path)
    one_line_error(run('check', '--db', path), 'notes.txt')
    assert digest(path) == before


@test
def check_missing_file():
    one_line_error(run('check', '--db', os.path.join(TMP, 'nowhere.vinhdanh')), 'nowhere.vinhdanh')


@test
def check_without_archive():
    # No settings schema at all, then the schema with nothing opened yet.
    one_line_error(run('check'), 'no archive given')
    if os.path.exists(os.path.join(SCHEMA_DIR, 'gschemas.compiled')):
        one_line_error(run('check', environ=env(GSETTINGS_SCHEMA_DIR=SCHEMA_DIR)), 'no archive given')


@test
def check_defaults_to_last_archive():
    if not os.path.exists(os.path.join(SCHEMA_DIR, 'gschemas.compiled')):
        raise Skip('settings schema not compiled in the build tree')
    ensure_small()
    config = os.path.join(TMP, 'config')
    os.makedirs(os.path.join(config, 'glib-2.0', 'settings'), exist_ok=True)
    with open(os.path.join(config, 'glib-2.0', 'settings', 'keyfile'), 'w') as f:
        f.write(f"[io/github/vinhdanh/VinhDanh]\nlast-archive='{SMALL}'\n")
    result = run('check', environ=env(GSETTINGS_SCHEMA_DIR=SCHEMA_DIR, GSETTINGS_BACKEND='keyfile',
                                      XDG_CONFIG_HOME=config))
    assert result.returncode == 0, result.stderr
    assert parse_check(result.stdout)['archive'] == SMALL


@test
def interrupt_removes_partial_file():
    out = os.path.join(TMP, 'interrupted.vinhdanh')
    proc = subprocess.Popen([CLI, 'demo', '--scale', 'large', '--output', out],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    # Wait until the archive exists, so the run is under way.
    deadline = time.monotonic() + 30
    while not os.path.exists(out) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0, 'the run was not interrupted'
    assert 'cancelled' in err.decode('utf-8'), err
    for suffix in ('', '-wal', '-shm', '-journal'):
        assert not os.path.exists(out + suffix), out + suffix


def main():
    print(f'1..{len(tests)}')
    failed = 0
    for number, func in enumerate(tests, 1):
        name = func.__name__.replace('_', '-')
        try:
            func()
            print(f'ok {number} /cli/{name}')
        except Skip as skip:
            print(f'ok {number} /cli/{name} # SKIP {skip}')
        except Exception as error:  # report every failure, keep going
            failed += 1
            print(f'not ok {number} /cli/{name}')
            for line in f'{type(error).__name__}: {error}'.splitlines():
                print(f'# {line}')
        sys.stdout.flush()
    shutil.rmtree(TMP, ignore_errors=True)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
