import asyncio

import source_bench_http

asyncio.run(source_bench_http.Connector().serve())
