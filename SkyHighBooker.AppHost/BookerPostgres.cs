namespace SkyHighBooker.AppHost;

/// <summary>
/// The PostgreSQL server of the system, whichever way it runs: its server resource (to wait for), a way to add
/// databases (to reference), and a way to add a hot standby of it where that is supported (the local executable).
/// </summary>
public sealed class BookerPostgres(
    IResourceBuilder<IResource> server,
    Func<string, string, IResourceBuilder<IResourceWithConnectionString>> addDatabase,
    Func<string, BookerPostgres>? addStandby)
{
    public IResourceBuilder<IResource> Server { get; } = server;

    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name) => addDatabase(name, name);

    /// <summary>A database of the server under another resource name (a standby's copy of the primary's database).</summary>
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase(string name, string databaseName) => addDatabase(name, databaseName);

    /// <summary>A hot standby streaming from this server, or null where this way of running PostgreSQL has none.</summary>
    public BookerPostgres? AddStandby(string name) => addStandby?.Invoke(name);
}
