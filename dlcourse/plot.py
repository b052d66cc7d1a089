"""Plots with Korean labels: matplotlib's default font has no Hangul glyphs."""

from __future__ import annotations


def use_korean_font() -> None:
    """Switch matplotlib to the packaged NanumGothic font (from ``koreanize-matplotlib``)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # koreanize_matplotlib warns about its own font cache
        import koreanize_matplotlib  # noqa: F401 - importing it registers and selects the font
    import matplotlib

    matplotlib.rcParams["axes.unicode_minus"] = False  # the minus sign is missing from Nanum
    matplotlib.rcParams["mathtext.fontset"] = "dejavusans"  # math text (log-axis ticks) keeps its glyphs
