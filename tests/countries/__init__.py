"""Tests of migtext.countries; `read_pairs` reads the hand-written lists of the look-up tests."""


def read_pairs(data: str) -> list:
    """The "value|expected" lines of a list, comments (#) and blank lines left out; "\\n"
    in a value stands for a line break.  `benchmarks/country_linking.py` reads the same
    lists."""
    return [
        tuple(line.replace("\\n", "\n").split("|"))
        for line in data.splitlines()
        if line.strip() and not line.startswith("#")
    ]
