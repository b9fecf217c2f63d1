"""Cleaners: pure functions from the text of one page to articles plus an audit.

>>> from cleaners import clean_page
>>> clean_page("标题\\n第一段很长很长很长很长很长很长很长很长很长很长很长很长很长。").articles[0].title
'标题'
"""

from .model import Article, Audit, PageResult
from .page import STEPS, CleanOptions, clean_page, prepare_line

__all__ = ["Article", "Audit", "PageResult", "CleanOptions", "clean_page", "prepare_line", "STEPS"]
