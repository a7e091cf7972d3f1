"""Reads a `bass validate --format junit` file with the consumers CI systems use.

    python junit_check.py consumers FILE TESTS FAILURES   (junitparser and xunitparser)
    python junit_check.py xsd FILE SCHEMA                 (lxml against an XML Schema)

Exits 0 when every consumer reads the file and agrees with the expected counts, 1 with the
reasons otherwise.
"""
import sys


def consumers(path, tests, failures):
    problems = []

    import junitparser

    xml = junitparser.JUnitXml.fromfile(path)
    suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
    cases = [c for s in suites for c in s]
    failing = [c for c in cases if any(isinstance(r, junitparser.Failure) for r in c.result)]
    if len(cases) != tests:
        problems.append(f"junitparser: {len(cases)} test cases, expected {tests}")
    if len(failing) != failures:
        problems.append(f"junitparser: {len(failing)} failing cases, expected {failures}")
    for s in suites:
        if s.tests != tests or s.failures != failures:
            problems.append(f"junitparser: suite says tests={s.tests} failures={s.failures}")
    for c in cases:
        if c.classname != c.name:
            problems.append(f"junitparser: classname {c.classname!r} is not the file {c.name!r}")

    import xunitparser

    with open(path, "rb") as f:
        suite, result = xunitparser.parse(f)
    if result.testsRun != tests:
        problems.append(f"xunitparser: ran {result.testsRun}, expected {tests}")
    if len(result.failures) != failures:
        problems.append(f"xunitparser: {len(result.failures)} failures, expected {failures}")
    if result.errors:
        problems.append(f"xunitparser: {len(result.errors)} errors, expected none")
    return problems


def xsd(path, schema_path):
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(schema_path))
    doc = etree.parse(path)
    if schema.validate(doc):
        return []
    return [f"xsd: {e.line}: {e.message}" for e in schema.error_log]


def main():
    what, path, *rest = sys.argv[1:]
    if what == "consumers":
        problems = consumers(path, int(rest[0]), int(rest[1]))
    elif what == "xsd":
        problems = xsd(path, rest[0])
    else:
        sys.exit(f"unknown check {what}")
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
