"""Helper package of the deep-learning course.

Notebooks import only the student-facing part::

    from dlcourse import budget, check, data, device, grading_mode, seed_everything

The instructor-facing CLI lives in :mod:`dlcourse.instructor` and is never imported by a
lesson.
"""

from dlcourse import check, data
from dlcourse.env import budget, device, grading_mode, seed_everything
from dlcourse.plot import use_korean_font

__all__ = ["budget", "check", "data", "device", "grading_mode", "seed_everything", "use_korean_font"]
__version__ = "0.1.0"
