import asyncio

import source_bench

asyncio.run(source_bench.Connector().serve())
