using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SkyHighBooker.AppHost;

public static class PostgresExtensions
{
    /// <summary>
    /// PostgreSQL as Aspire's container where a container runtime answers, else as a local executable.
    /// Postgres:Mode = container | executable overrides the guess.
    /// </summary>
    public static BookerPostgres AddBookerPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        var settings = builder.Configuration.GetSection("Postgres");
        var password = builder.AddParameter($"{name}-password", secret: true);
        var port = settings.GetValue<int?>("Port");
        var mode = settings["Mode"] ?? "auto";
        var useContainer = mode.Equals("container", StringComparison.OrdinalIgnoreCase)
            || (mode.Equals("auto", StringComparison.OrdinalIgnoreCase) && ContainerRuntimeAnswers());

        if (useContainer)
        {
            var container = builder.AddPostgres(name, password: password, port: port).WithDataVolume();
            // No standby in a container here: Aspire's PostgreSQL container has no replication setup of its own.
            return new BookerPostgres(container, (name, databaseName) => container.AddDatabase(name, databaseName), addStandby: null);
        }
        return builder.AddLocalPostgres(name, password, port, settings.GetValue<int?>("ReplicaPort"), settings["DataDirectory"] ?? "../.data/postgres");
    }

    private static BookerPostgres AddLocalPostgres(this IDistributedApplicationBuilder builder, string name,
        IResourceBuilder<ParameterResource> password, int? port, int? standbyPort, string dataDirectory)
    {
        var server = builder.AddLocalPostgresServer(name, "run-local-postgres.sh", password, port, dataDirectory);
        return new BookerPostgres(server, builder.LocalDatabases(server.Resource),
            standbyName => builder.AddLocalPostgresStandby(standbyName, server, password, standbyPort, dataDirectory));
    }

    /// <summary>
    /// A hot standby of the local primary (scripts/run-local-postgres-standby.sh: pg_basebackup -R on first start into a
    /// data directory beside the primary's, then streaming replication); it starts once the primary answers.
    /// </summary>
    private static BookerPostgres AddLocalPostgresStandby(this IDistributedApplicationBuilder builder, string name,
        IResourceBuilder<LocalPostgresResource> primary, IResourceBuilder<ParameterResource> password, int? port, string primaryDataDirectory)
    {
        var standby = builder.AddLocalPostgresServer(name, "run-local-postgres-standby.sh", password, port,
                primaryDataDirectory.TrimEnd('/') + "-replica")
            // The primary's address as other resources reach it (its target port is known to DCP for the primary alone).
            .WithEnvironment("PRIMARY_PORT", primary.Resource.PrimaryEndpoint.Property(EndpointProperty.Port))
            .WaitFor(primary);
        return new BookerPostgres(standby, builder.LocalDatabases(standby.Resource), addStandby: null);
    }

    private static IResourceBuilder<LocalPostgresResource> AddLocalPostgresServer(this IDistributedApplicationBuilder builder,
        string name, string scriptName, IResourceBuilder<ParameterResource> password, int? port, string dataDirectory)
    {
        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var script = Path.Combine(repositoryRoot, "scripts", scriptName);
        var dataPath = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, dataDirectory));
        var resource = new LocalPostgresResource(name, "bash", repositoryRoot, password.Resource);

        // The connection string exists once the endpoint has a port; Aspire announces it before the process starts,
        // and health checks run only after that.
        string? connectionString = null;
        builder.Eventing.Subscribe<ConnectionStringAvailableEvent>(resource, async (_, cancellationToken) =>
            connectionString = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken));
        var healthCheckKey = $"{name}-accepts-connections";
        builder.Services.AddHealthChecks().AddNpgSql(
            _ => connectionString ?? throw new InvalidOperationException($"{name}'s connection string is not known yet"), name: healthCheckKey);

        return builder.AddResource(resource)
            .WithArgs(script, dataPath)
            .WithEndpoint(port: port, name: LocalPostgresResource.EndpointName, scheme: "tcp")
            .WithEnvironment("PGPORT", resource.PrimaryEndpoint.Property(EndpointProperty.TargetPort))
            .WithEnvironment("POSTGRES_PASSWORD", password)
            .WithHealthCheck(healthCheckKey);
    }

    private static Func<string, string, IResourceBuilder<IResourceWithConnectionString>> LocalDatabases(
        this IDistributedApplicationBuilder builder, LocalPostgresResource server) => (name, databaseName) =>
    {
        var databaseResource = new LocalPostgresDatabaseResource(name, databaseName, server);
        return builder.AddResource(databaseResource)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Running,
                Properties = [],
            })
            .ExcludeFromManifest();
    };

    private static bool ContainerRuntimeAnswers()
    {
        foreach (var runtime in new[] { "docker", "podman" })
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(runtime, "info --format {{.ServerVersion}}")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                });
                if (process is null) continue;
                if (process.WaitForExit(TimeSpan.FromSeconds(5)) && process.ExitCode == 0) return true;
                if (!process.HasExited) process.Kill();
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // not installed
            }
        }
        return false;
    }
}

public static class ReadReplicaExtensions
{
    /// <summary>The Api's ConnectionStrings:skyhighdb-replica, when there is a replica; it waits for the standby too.</summary>
    public static IResourceBuilder<ProjectResource> WithReadReplica(this IResourceBuilder<ProjectResource> project,
        IResourceBuilder<IResourceWithConnectionString>? replicaDatabase, IResourceBuilder<IResource>? standby) =>
        replicaDatabase is null || standby is null ? project : project.WithReference(replicaDatabase).WaitFor(standby);
}
