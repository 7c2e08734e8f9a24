"""The resources items0 .. items<N-1>, each a backfill of /items<b> from page 0."""

import functools
from logging import Logger

from estuary_cdk.capture import Task
from estuary_cdk.capture.common import Resource, open_binding
from estuary_cdk.flow import CaptureBinding
from estuary_cdk.http import HTTPSession

from .api import fetch_page
from .models import CUTOFF, EndpointConfig, Item, ResourceConfig, ResourceState


def all_resources(
    log: Logger, http: HTTPSession, config: EndpointConfig
) -> list[Resource]:
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
            fetch_page=functools.partial(
                fetch_page, http, f"{config.base_url}/items{number}"
            ),
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
