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
            return new BookerPostgres(container, database => container.AddDatabase(database));
        }
        return builder.AddLocalPostgres(name, password, port, settings["DataDirectory"] ?? "../.data/postgres");
    }

    private static BookerPostgres AddLocalPostgres(this IDistributedApplicationBuilder builder, string name,
        IResourceBuilder<ParameterResource> password, int? port, string dataDirectory)
    {
        var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
        var script = Path.Combine(repositoryRoot, "scripts", "run-local-postgres.sh");
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

        var server = builder.AddResource(resource)
            .WithArgs(script, dataPath)
            .WithEndpoint(port: port, name: LocalPostgresResource.EndpointName, scheme: "tcp")
            .WithEnvironment("PGPORT", resource.PrimaryEndpoint.Property(EndpointProperty.TargetPort))
            .WithEnvironment("POSTGRES_PASSWORD", password)
            .WithHealthCheck(healthCheckKey);

        return new BookerPostgres(server, database =>
        {
            var databaseResource = new LocalPostgresDatabaseResource(database, database, resource);
            return builder.AddResource(databaseResource)
                .WithInitialState(new CustomResourceSnapshot
                {
                    ResourceType = "PostgresDatabase",
                    State = KnownResourceStates.Running,
                    Properties = [],
                })
                .ExcludeFromManifest();
        });
    }

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
