"""The corpus tables' automation condition: rebuild after any source partition changes, never lose an update.

Dagster's `AutomationCondition.eager()` remembers a dependency's update with `.since_last_handled()`, whose reset
(`newly_requested | newly_updated`) is an OR, and an OR drops the timestamps that let an update seen on the same tick
as the reset win over it. So when a source was ingested while the previous corpus run was finishing (both between
two ticks of the automation sensor), the reset won and the new source was never processed (dagster#33587, open).

`follows_updates()` keeps the timestamps: each `since` has a single timed operand on both sides, and the two resets
are two `since`s joined by AND. A dependency's update counts when it is later than both this asset's last
materialization and its last request (a failed run is not retried until a dependency changes again). The tables
built from the source partitions (`follows_sources()`) reset on their request only: a source ingested while their
run was reading the sources is never taken as read.
"""

import dagster as dg

AC = dg.AutomationCondition


def deps_updated_since(reset: AC) -> AC:
    """A dependency materialized after the latest tick on which `reset` held (timed on both sides)."""
    return AC.any_deps_match(AC.newly_updated()).since(reset)


def follows_updates() -> AC:
    """Eager, without the lost update, for a table built from other tables of the same runs: requested once a
    dependency changed after this asset was last requested and last materialized (a dependency that the same run
    rebuilt before it is no news), or on the tick its dependency is requested (one run carries the whole chain),
    when no dependency is missing or running and this asset is not running."""
    updated = (deps_updated_since(AC.newly_updated()) & deps_updated_since(AC.newly_requested())).with_label(
        "a dependency updated since this asset was last updated and requested"
    )
    return _eager(updated, "follows updates")


def follows_sources() -> AC:
    """The same for a table built from the source partitions, which only the ingestion runs update: requested once
    a source changed after this asset was last requested. A source ingested while the table's own run was going
    on counts even when that run ended after it (the run may have read the source before it changed: one more run,
    cheap when nothing changed, rather than an update lost)."""
    updated = deps_updated_since(AC.newly_requested()).with_label("a source updated since this asset was requested")
    return _eager(updated, "follows sources")


def _eager(updated: AC, label: str) -> AC:
    return (
        AC.in_latest_time_window()
        & (updated | AC.newly_missing().since_last_handled() | AC.any_deps_match(AC.will_be_requested()))
        & ~AC.any_deps_missing()
        & ~AC.any_deps_in_progress()
        & ~AC.in_progress()
    ).with_label(label)
