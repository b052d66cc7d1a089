"""The offline data sets: shapes, determinism, and the MNIST format read by torchvision."""

from __future__ import annotations

import numpy as np
import torch
from torchvision import transforms

from dlcourse import data


def test_toy_sets_are_seeded_and_typed():
    X, y = data.moons(n=100, seed=1)
    assert X.shape == (100, 2) and X.dtype == np.float64 and y.dtype == np.int64
    np.testing.assert_array_equal(X, data.moons(n=100, seed=1)[0])
    X, y = data.classification(n=200, n_features=4, n_classes=3)
    assert X.shape == (200, 4) and set(np.unique(y)) == {0, 1, 2}


def test_digits_split():
    X_train, X_test, y_train, y_test = data.digits()
    assert X_train.shape == (1437, 8, 8) and X_test.shape == (360, 8, 8)
    assert 0 <= X_train.min() and X_train.max() <= 1
    assert set(np.unique(y_test)) == set(range(10))


def test_mnist_loader_reads_digits_without_download(tmp_path):
    train = data.mnist(tmp_path, train=True, transform=transforms.ToTensor())
    test = data.mnist(tmp_path, train=False)
    assert len(train) == 1437 and len(test) == 360
    image, label = train[0]
    assert image.shape == (1, 28, 28) and image.dtype == torch.float32
    _, _, y_train, _ = data.digits()
    assert label == y_train[0]
    # The digit sits in the central 20x20 box, as in MNIST: the 4-pixel border is empty.
    assert image[:, :4].sum() == 0 and image[:, :, -4:].sum() == 0 and image.max() > 0.5


def test_real_mnist_files_take_precedence(tmp_path):
    raw = data.write_digits_as_mnist(tmp_path)
    stamp = {p.name: p.stat().st_mtime_ns for p in raw.iterdir()}
    data.mnist(tmp_path)  # files already there: nothing rewritten
    assert stamp == {p.name: p.stat().st_mtime_ns for p in raw.iterdir()}


def test_korean_font_is_available():
    import matplotlib
    from matplotlib import font_manager

    from dlcourse import use_korean_font

    use_korean_font()
    family = matplotlib.rcParams["font.family"][0]
    path = font_manager.findfont(family, fallback_to_default=False)
    assert "Nanum" in path
