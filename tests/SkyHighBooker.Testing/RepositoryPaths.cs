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

    /// <summary>
    /// A port free now, for a server started a moment later. Picked at random below Linux's ephemeral range (32768–60999),
    /// not by binding port 0: the kernel hands ports of that range to every outgoing connection too (PostgreSQL, HTTP),
    /// and under a full test run one of those took a port between the pick and the server's bind ("address already in use").
    /// </summary>
    public static int FreePort()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Random.Shared.Next(FirstPort, LastPort + 1);
            try
            {
                using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (System.Net.Sockets.SocketException) when (attempt < 100)
            {
                // taken: try another
            }
        }
    }

    private const int FirstPort = 20000;
    private const int LastPort = 32000;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SkyHighBooker.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SkyHighBooker.sln not found above " + AppContext.BaseDirectory);
    }
}
