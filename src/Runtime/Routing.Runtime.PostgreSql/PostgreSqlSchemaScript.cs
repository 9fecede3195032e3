namespace Routing.Runtime.PostgreSql;

/// <summary>The DDL of the providers' tables, shared by the grain storage, the reminder table and the event journal.</summary>
internal static class PostgreSqlSchemaScript
{
    // Concurrent CREATE ... IF NOT EXISTS can still fail with a unique violation in pg_namespace or pg_type when two
    // silos race on an empty database. One arbitrary, fixed advisory key serializes the DDL across all silos; the
    // lock is released when the transaction ends.
    private const long SchemaLockKey = 0x526F7574696E6701;

    public static string Create(string schema, string grainStateTable, string reminderTable, string eventTable) => $"""
        SELECT pg_advisory_xact_lock({SchemaLockKey});
        CREATE SCHEMA IF NOT EXISTS "{schema}";
        CREATE TABLE IF NOT EXISTS {grainStateTable} (
            service_id  text        NOT NULL,
            grain_type  text        NOT NULL,
            grain_key   text        NOT NULL,
            state_name  text        NOT NULL,
            version     bigint      NOT NULL,
            payload     jsonb       NULL,
            modified_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT grain_state_pk PRIMARY KEY (service_id, grain_type, grain_key, state_name)
        );
        CREATE TABLE IF NOT EXISTS {reminderTable} (
            service_id    text        NOT NULL,
            grain_type    text        NOT NULL,
            grain_key     text        NOT NULL,
            reminder_name text        NOT NULL,
            start_at      timestamptz NOT NULL,
            period        interval    NOT NULL,
            version       bigint      NOT NULL,
            CONSTRAINT reminders_pk PRIMARY KEY (service_id, grain_type, grain_key, reminder_name)
        );
        CREATE SEQUENCE IF NOT EXISTS "{schema}".reminder_versions;
        CREATE TABLE IF NOT EXISTS {eventTable} (
            service_id  text        NOT NULL,
            stream_id   text        NOT NULL,
            sequence    bigint      NOT NULL,
            event_type  text        NOT NULL,
            payload     jsonb       NOT NULL,
            occurred_at timestamptz NOT NULL,
            recorded_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT events_pk PRIMARY KEY (service_id, stream_id, sequence)
        );
        """;
}
