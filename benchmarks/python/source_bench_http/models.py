"""The endpoint config and the documents of the HTTP bench connector.

The documents are the bench workload's (docs/benchmarks.md#the-workload), decoded from the
PageServer's pages; their fields are declared in the order the server writes them, so the
connector emits each document as the Java connector does.
"""

from datetime import UTC, datetime

from estuary_cdk.capture.common import (
    BaseDocument,
    ConnectorState as GenericConnectorState,
    ResourceConfig,
    ResourceState,
)
from pydantic import AwareDatetime, BaseModel, Field

# The backfill cutoff of every binding: a constant, as in the Java connector, so runs compare.
CUTOFF = datetime(2024, 1, 1, tzinfo=UTC)


class EndpointConfig(BaseModel):
    base_url: str = Field(
        description="Base URL of the PageServer, e.g. http://127.0.0.1:8080 (no trailing slash)",
    )
    bindings: int = Field(
        default=1,
        ge=0,
        description="Number of resources, named items0, items1, ...",
    )


class Nested(BaseModel):
    a: int
    b: str
    c: list[int]


class Item(BaseDocument):
    id: int
    name: str
    updated_at: AwareDatetime
    score: float
    active: bool
    nested: Nested
    pad: str


class ItemsPage(BaseModel):
    """One response of GET /items<b>?page=<k>."""

    items: list[Item]
    next: int | None


ConnectorState = GenericConnectorState[ResourceState]

__all__ = [
    "CUTOFF",
    "ConnectorState",
    "EndpointConfig",
    "Item",
    "ItemsPage",
    "ResourceConfig",
    "ResourceState",
]
