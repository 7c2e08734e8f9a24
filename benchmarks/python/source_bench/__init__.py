"""The bench connector on the Python CDK (docs/benchmarks.md#the-workload).

The twin of the Java connector flowcdk.bench.BenchCapture, for the side-by-side runs of
benchmarks/run.sh: `bindings` resources items0 .. items<N-1>, each a backfill from page 0 that
makes `docs` documents in pages of `page`, typed (pydantic models) or generic (dicts) as `model`
says, one checkpoint per page. The capture ends when every backfill has completed.
"""

from logging import Logger
from typing import Awaitable, Callable

from estuary_cdk.capture import (
    BaseCaptureConnector,
    Request,
    Task,
    common,
    request,
    response,
)
from estuary_cdk.flow import ConnectorSpec

from .models import ConnectorState, EndpointConfig, ResourceConfig
from .resources import all_resources


class Connector(
    BaseCaptureConnector[EndpointConfig, ResourceConfig, ConnectorState],
):
    def request_class(self):
        return Request[EndpointConfig, ResourceConfig, ConnectorState]

    async def spec(self, log: Logger, _: request.Spec) -> ConnectorSpec:
        return ConnectorSpec(
            configSchema=EndpointConfig.model_json_schema(),
            documentationUrl="https://github.com/estuary/connectors",
            resourceConfigSchema=ResourceConfig.model_json_schema(),
            resourcePathPointers=ResourceConfig.PATH_POINTERS,
        )

    async def discover(
        self, log: Logger, discover: request.Discover[EndpointConfig]
    ) -> response.Discovered[ResourceConfig]:
        return common.discovered(all_resources(log, discover.config))

    async def validate(
        self,
        log: Logger,
        validate: request.Validate[EndpointConfig, ResourceConfig],
    ) -> response.Validated:
        resolved = common.resolve_bindings(
            validate.bindings, all_resources(log, validate.config)
        )
        return common.validated(resolved)

    async def open(
        self,
        log: Logger,
        open: request.Open[EndpointConfig, ResourceConfig, ConnectorState],
    ) -> tuple[response.Opened, Callable[[Task], Awaitable[None]]]:
        resolved = common.resolve_bindings(
            open.capture.bindings, all_resources(log, open.capture.config)
        )
        return common.open(open, resolved)
