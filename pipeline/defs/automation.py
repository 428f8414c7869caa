"""The corpus tables' automation condition: rebuild after any source partition changes, never lose an update.

Dagster's `AutomationCondition.eager()` remembers a dependency's update with `.since_last_handled()`, whose reset
(`newly_requested | newly_updated`) is an OR, and an OR drops the timestamps that let an update seen on the same tick
as the reset win over it. So when a source was ingested while the previous corpus run was finishing (both between
two ticks of the automation sensor), the reset won and the new source was never processed (dagster#33587, open).

`follows_updates()` keeps the timestamps: each `since` has a single timed operand on both sides, and the two resets
are two `since`s joined by AND. A dependency's update counts when it is later than both this asset's last
materialization and its last request (a failed run is not retried until a dependency changes again).
"""

import dagster as dg

AC = dg.AutomationCondition


def deps_updated_since(reset: AC) -> AC:
    """A dependency materialized after the latest tick on which `reset` held (timed on both sides)."""
    return AC.any_deps_match(AC.newly_updated()).since(reset)


def follows_updates() -> AC:
    """Eager, without the lost update: requested once a dependency changed after this asset was last requested and
    last materialized (or on the tick its dependency is requested, so one run carries the whole chain), when no
    dependency is missing or running and this asset is not running."""
    updated = (deps_updated_since(AC.newly_updated()) & deps_updated_since(AC.newly_requested())).with_label(
        "a dependency updated since this asset was last updated and requested"
    )
    return (
        AC.in_latest_time_window()
        & (updated | AC.newly_missing().since_last_handled() | AC.any_deps_match(AC.will_be_requested()))
        & ~AC.any_deps_missing()
        & ~AC.any_deps_in_progress()
        & ~AC.in_progress()
    ).with_label("follows updates")
