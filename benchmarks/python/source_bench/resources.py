"""The resources items0 .. items<N-1>, each a backfill of generated pages from page 0."""

import functools
from datetime import timedelta
from logging import Logger
from typing import AsyncGenerator

from estuary_cdk.capture import Task
from estuary_cdk.capture.common import LogCursor, PageCursor, Resource, open_binding
from estuary_cdk.flow import CaptureBinding

from .models import CUTOFF, EndpointConfig, Item, Nested, ResourceConfig, ResourceState

C = [1, 2, 3]


async def fetch_page(
    config: EndpointConfig,
    number: int,
    log: Logger,
    page: PageCursor,
    cutoff: LogCursor,
) -> AsyncGenerator[Item | dict | PageCursor, None]:
    """Documents [page, min(page + config.page, config.docs)) of binding `number`, then the next
    page's first id unless the end was reached."""
    assert page is None or isinstance(page, int)
    start = page or 0
    end = min(start + config.page, config.docs)
    pad = "x" * config.pad
    for i in range(start, end):
        updated_at = CUTOFF + timedelta(seconds=i)
        if config.model:
            yield Item(
                id=i,
                name=f"item-{number}-{i}",
                updated_at=updated_at,
                score=i * 0.5,
                active=i % 2 == 0,
                nested=Nested(a=i, b="nested", c=C),
                pad=pad,
            )
        else:
            yield {
                "id": i,
                "name": f"item-{number}-{i}",
                "updated_at": updated_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "score": i * 0.5,
                "active": i % 2 == 0,
                "nested": {"a": i, "b": "nested", "c": C},
                "pad": pad,
            }
    if end < config.docs:
        yield end


def all_resources(log: Logger, config: EndpointConfig) -> list[Resource]:
    def open(
        number: int,
        binding: CaptureBinding[ResourceConfig],
        binding_index: int,
        state: ResourceState,
        task: Task,
        all_bindings,
    ):
        open_binding(
            binding,
            binding_index,
            state,
            task,
            fetch_page=functools.partial(fetch_page, config, number),
        )

    return [
        Resource(
            name=f"items{number}",
            key=["/id"],
            model=Item,
            open=functools.partial(open, number),
            initial_state=ResourceState(
                backfill=ResourceState.Backfill(cutoff=CUTOFF, next_page=None)
            ),
            initial_config=ResourceConfig(name=f"items{number}"),
            schema_inference=True,
        )
        for number in range(config.bindings)
    ]
