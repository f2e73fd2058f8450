using System.Diagnostics;
using System.Xml.Linq;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Deployment;

/// <summary>
/// Lambda's OS-only runtime starts the package's <c>bootstrap</c>; the Web Adapter forwards requests to its port. A real
/// publish takes minutes, so these check what makes the publish right: the file is executable and published, and it
/// starts the binary beside it on the adapter's port (run here with a stand-in binary).
/// </summary>
public sealed class LambdaBootstrapTests
{
    private static readonly string Bootstrap = Path.Combine(RepositoryPaths.Root, "SkyHighBooker.Api", "bootstrap");

    [Fact]
    public void The_Api_publish_includes_the_bootstrap()
    {
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "SkyHighBooker.Api", "SkyHighBooker.Api.csproj"));

        var item = Assert.Single(project.Descendants("Content"), c => (string?)c.Attribute("Include") == "bootstrap");
        Assert.Equal("PreserveNewest", (string?)item.Attribute("CopyToPublishDirectory"));
    }

    [Fact]
    public void The_bootstrap_is_an_executable_shell_script_with_unix_line_endings()
    {
        if (OperatingSystem.IsWindows()) return; // file modes are Unix's
        var text = File.ReadAllText(Bootstrap);

        Assert.StartsWith("#!/bin/sh\n", text);
        Assert.DoesNotContain('\r', text);
        Assert.True(File.GetUnixFileMode(Bootstrap).HasFlag(UnixFileMode.UserExecute | UnixFileMode.OtherExecute),
            "SkyHighBooker.Api/bootstrap must be executable (git update-index --chmod=+x): the publish copies its mode");
    }

    [Theory]
    [InlineData("9001", "9002", "http://127.0.0.1:9001")]
    [InlineData(null, "9002", "http://127.0.0.1:9002")]
    [InlineData(null, null, "http://127.0.0.1:8080")]
    public async Task The_bootstrap_runs_the_Api_beside_it_on_the_web_adapters_port(string? lwaPort, string? port, string listensOn)
    {
        if (OperatingSystem.IsWindows()) return; // a shell script
        var package = RepositoryPaths.TempDirectory("lambda-package");
        try
        {
            File.Copy(Bootstrap, Path.Combine(package, "bootstrap"));
            var api = Path.Combine(package, "SkyHighBooker.Api");
            await File.WriteAllTextAsync(api, "#!/bin/sh\necho \"$ASPNETCORE_URLS $0\"\n");
            File.SetUnixFileMode(api, File.GetUnixFileMode(Bootstrap));
            var start = new ProcessStartInfo(Path.Combine(package, "bootstrap")) { RedirectStandardOutput = true, WorkingDirectory = "/" };
            start.Environment["ASPNETCORE_URLS"] = "http://+:80";
            start.Environment.Remove("AWS_LWA_PORT");
            start.Environment.Remove("PORT");
            if (lwaPort is not null) start.Environment["AWS_LWA_PORT"] = lwaPort;
            if (port is not null) start.Environment["PORT"] = port;

            using var process = Process.Start(start)!;
            var output = (await process.StandardOutput.ReadToEndAsync()).Trim();
            await process.WaitForExitAsync();

            Assert.Equal(0, process.ExitCode);
            Assert.Equal($"{listensOn} {api}", output);
        }
        finally
        {
            Directory.Delete(package, recursive: true);
        }
    }
}
