"""Jobs and schedules."""
import dagster as dg

everything_job = dg.define_asset_job("everything_job", selection=dg.AssetSelection.all(),
                                     description="Materialize every table from raw/ to output/.")
daily_schedule = dg.ScheduleDefinition(name="daily_schedule", job=everything_job, cron_schedule="0 5 * * *",
                                       description="Refresh every table once a day.")
