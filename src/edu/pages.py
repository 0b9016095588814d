"""Page stage: localized editions -> complete HTML pages (handout, bilingual, index) from the templates.

In: editions (editions.Edition), the template words of each language and the references. Out:
Page records of whole HTML. PageMaker knows the site's shape: where each page is, how pages link
to each other (language switcher, hreflang) and which labels each language prints. The same
templates make the web page and the print edition (``for_pdf``); the print edition only leaves
out the site navigation. What the index lists and in which order is listing.py's; an edition's
other formats, editions.py's; the dates, phone, QR code and sources a page prints, imprint.py's.

PageMaker is one object made of a part per concept: the words, fonts and stylesheet every page
shares (pagecore.py), the language switcher (switcher.py), a handout's web, print and
side-by-side pages (handoutpages.py), and the index pages and notices (sitepages.py).
"""

from __future__ import annotations

from .handoutpages import HandoutPages
from .sitepages import SitePages


class PageMaker(HandoutPages, SitePages):
    """Renders pages for every language with one Jinja2 environment per language."""
