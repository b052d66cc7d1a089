"""Instructor-facing side of the course: the ``dlcourse`` CLI and its grading glue.

One module per verb (:mod:`release`, :mod:`publish`, :mod:`collect`, :mod:`autograde`,
:mod:`feedback`, :mod:`grades`, :mod:`selfcheck`, :mod:`demo`, :mod:`benchmark`), each a
plain function that :mod:`cli` wraps. Lessons never import this package.
"""
