"""The endpoint config of the bench connector (docs/benchmarks.md#the-workload).

Its documents are those of the HTTP bench connector (source_bench_http.models: the same fields, in
the order the Java connector writes them), made here instead of read from a server.
"""

from estuary_cdk.capture.common import ResourceConfig, ResourceState
from pydantic import BaseModel, Field

from source_bench_http.models import CUTOFF, ConnectorState, Item, Nested


class EndpointConfig(BaseModel):
    bindings: int = Field(
        default=1, ge=0, description="Number of resources, named items0, items1, ..."
    )
    docs: int = Field(default=100000, ge=0, description="Documents per binding")
    page: int = Field(default=1000, ge=1, description="Documents per backfill page")
    model: bool = Field(
        default=True,
        description="Documents built as typed models (true) or as generic JSON objects (false)",
    )
    pad: int = Field(default=64, ge=0, description="Length of each document's pad string")


__all__ = [
    "CUTOFF",
    "ConnectorState",
    "EndpointConfig",
    "Item",
    "Nested",
    "ResourceConfig",
    "ResourceState",
]
