namespace SkyHighBooker.AppHost;

/// <summary>
/// The PostgreSQL server of the system, whichever way it runs: its server resource (to wait for) and a way
/// to add databases (to reference).
/// </summary>
public sealed class BookerPostgres(IResourceBuilder<IResource> server, Func<string, IResourceBuilder<IResourceWithConnectionString>> addDatabase)
{
    public IResourceBuilder<IResource> Server { get; } = server;

    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => addDatabase(name);
}
