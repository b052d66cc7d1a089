"""Handwritten digits: scikit-learn's 8x8 set, and the same digits in the MNIST format.

scikit-learn ships the 1,797 digits inside its wheel, so they need no download. Written as
28x28 images in MNIST's IDX files, they load through ``torchvision.datasets.MNIST(root,
download=False)``: lessons use the real MNIST loader, and a student who has real MNIST
under ``root`` gets it instead.
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
from sklearn import datasets
from sklearn.model_selection import train_test_split

#: File names torchvision's MNIST looks for in ``<root>/MNIST/raw``.
_IDX_FILES = {
    True: ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    False: ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
}


def digits(test_fraction: float = 0.2, seed: int = 0) -> tuple[np.ndarray, ...]:
    """scikit-learn's 8x8 digits, split in a fixed, stratified way.

    Returns:
        ``X_train, X_test`` of shape (N, 8, 8), float64 in [0, 1], and ``y_train, y_test``
        of shape (N,), int64 in 0..9. With the defaults: 1,437 training and 360 test images.
    """
    bunch = datasets.load_digits()
    X = (bunch.images / 16.0).astype(np.float64)
    y = bunch.target.astype(np.int64)
    return tuple(train_test_split(X, y, test_size=test_fraction, random_state=seed, stratify=y))


def _to_mnist_images(X: np.ndarray) -> np.ndarray:
    """8x8 images in [0, 1] -> 28x28 uint8, the digit in the central 20x20 box as in MNIST."""
    import torch
    import torch.nn.functional as F

    x = torch.from_numpy(X).float().unsqueeze(1)  # (N, 1, 8, 8)
    x = F.interpolate(x, size=(20, 20), mode="bilinear", align_corners=False)
    x = F.pad(x, (4, 4, 4, 4))  # (N, 1, 28, 28)
    return (x.squeeze(1).clamp(0, 1) * 255).round().to(torch.uint8).numpy()


def _write_idx(path: Path, array: np.ndarray) -> None:
    """IDX format: magic (0, 0, type 0x08 = ubyte, ndim), big-endian dims, raw bytes."""
    header = struct.pack(">BBBB", 0, 0, 0x08, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
    path.write_bytes(header + array.astype(np.uint8).tobytes())


def write_digits_as_mnist(root: str | Path) -> Path:
    """Write the digits as ``<root>/MNIST/raw/*-idx?-ubyte`` and return that folder."""
    raw = Path(root) / "MNIST" / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    X_train, X_test, y_train, y_test = digits()
    for train, X, y in ((True, X_train, y_train), (False, X_test, y_test)):
        images, labels = _IDX_FILES[train]
        _write_idx(raw / images, _to_mnist_images(X))
        _write_idx(raw / labels, y)
    return raw


def mnist(root: str | Path, train: bool = True, transform=None):
    """``torchvision.datasets.MNIST`` without a download.

    Uses real MNIST when its raw files are in ``<root>/MNIST/raw``; otherwise writes the
    digits there first (1,437 training / 360 test images of 28x28).
    """
    from torchvision.datasets import MNIST

    raw = Path(root) / "MNIST" / "raw"
    if not all((raw / name).exists() for pair in _IDX_FILES.values() for name in pair):
        write_digits_as_mnist(root)
    return MNIST(str(root), train=train, transform=transform, download=False)
