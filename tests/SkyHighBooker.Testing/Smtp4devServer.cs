using System.Diagnostics;

namespace SkyHighBooker.Testing;

/// <summary>smtp4dev on free ports (SMTP without TLS, the web inbox and REST API), started by the same script the AppHost uses.</summary>
public sealed class Smtp4devServer : IAsyncDisposable
{
    private readonly string dataRoot;
    private readonly BackgroundProcess process;

    private Smtp4devServer(int smtpPort)
    {
        dataRoot = RepositoryPaths.TempDirectory("skyhigh-smtp4dev");
        SmtpPort = smtpPort;
        InboxUrl = new Uri($"http://127.0.0.1:{RepositoryPaths.FreePort()}/");
        process = new BackgroundProcess(new ProcessStartInfo("bash", [RepositoryPaths.Script("run-smtp4dev.sh"), dataRoot])
        {
            Environment = { ["PORT"] = InboxUrl.Port.ToString(), ["SMTP_PORT"] = SmtpPort.ToString() },
        });
        Inbox = new Smtp4devInbox(InboxUrl);
    }

    public int SmtpPort { get; }
    public Uri InboxUrl { get; }
    public Smtp4devInbox Inbox { get; }

    /// <summary>The Worker's settings for sending through it.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("Email:Host", "127.0.0.1"),
        new("Email:Port", SmtpPort.ToString()),
        new("Email:StartTls", "false"),
    ];

    /// <param name="smtpPort">A port chosen beforehand (to have a Worker try it while nothing listens there yet), or a free one.</param>
    public static async Task<Smtp4devServer> StartAsync(int? smtpPort = null)
    {
        var server = new Smtp4devServer(smtpPort ?? RepositoryPaths.FreePort());
        using var http = new HttpClient();
        await server.process.WaitUntilAsync(async () =>
        {
            if (!(await http.GetAsync(new Uri(server.InboxUrl, "api/messages"))).IsSuccessStatusCode) return false;
            using var smtp = new System.Net.Sockets.TcpClient();
            await smtp.ConnectAsync(System.Net.IPAddress.Loopback, server.SmtpPort);
            return true;
        }, TimeSpan.FromSeconds(120), "smtp4dev");
        return server;
    }

    public ValueTask DisposeAsync()
    {
        Inbox.Dispose();
        process.Signal("TERM");
        process.Dispose();
        try { Directory.Delete(dataRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}
