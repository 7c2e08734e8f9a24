"""Paging the PageServer: one FetchPageFn per binding."""

from logging import Logger
from typing import AsyncGenerator

from estuary_cdk.capture.common import LogCursor, PageCursor
from estuary_cdk.http import HTTPSession

from .models import Item, ItemsPage


async def fetch_page(
    http: HTTPSession,
    url: str,
    log: Logger,
    page: PageCursor,
    cutoff: LogCursor,
) -> AsyncGenerator[Item | PageCursor, None]:
    """Yields the documents of page `page` (None is the first, 0) and then the next page's
    number, or nothing more after the last page: one checkpoint per page."""
    assert page is None or isinstance(page, int)

    body = await http.request(log, url, params={"page": page or 0})
    result = ItemsPage.model_validate_json(body)

    for item in result.items:
        yield item

    if result.next is not None:
        yield result.next
