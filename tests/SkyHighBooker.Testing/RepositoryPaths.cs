namespace SkyHighBooker.Testing;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Script(string name) => Path.Combine(Root, "scripts", name);

    /// <summary>
    /// A project's built assembly, in the configuration the tests were built in (they run from bin/&lt;configuration&gt;/net10.0/);
    /// the test projects reference the projects they run as processes, so these are built with them.
    /// </summary>
    public static string BuiltAssembly(string project)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        return Path.Combine(Root, project, "bin", configuration, "net10.0", project + ".dll");
    }

    public static string TempDirectory(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)]);
        Directory.CreateDirectory(path);
        return path;
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SkyHighBooker.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SkyHighBooker.sln not found above " + AppContext.BaseDirectory);
    }
}
