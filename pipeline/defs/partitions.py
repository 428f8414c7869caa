"""Each folder under the raw dir is a partition of the source-level assets."""

import dagster as dg

sources_partitions = dg.DynamicPartitionsDefinition(name="sources")
