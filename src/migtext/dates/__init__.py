"""Dates: grammar, TIMEX3 values and datelines."""
