"""Offline data sets for the lessons: nothing here downloads.

- toy sets from scikit-learn (:func:`moons`, :func:`classification`);
- :func:`digits`, scikit-learn's real 8x8 handwritten digits, and :func:`mnist`, the same
  digits resized to 28x28 and served through ``torchvision.datasets.MNIST`` (a real MNIST
  folder, if one is present, is used instead).
"""

from dlcourse.data.digits import digits, mnist, write_digits_as_mnist
from dlcourse.data.toy import classification, moons

__all__ = ["classification", "digits", "mnist", "moons", "write_digits_as_mnist"]
