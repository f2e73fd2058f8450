using System.Collections.Concurrent;
using System.Diagnostics;

namespace SkyHighBooker.Testing;

/// <summary>A server process the tests start, with its output kept for when it fails to come up.</summary>
public sealed class BackgroundProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    public BackgroundProcess(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public bool HasExited => process.HasExited;

    /// <summary>How the process ended (once <see cref="HasExited"/>).</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>The process's id: after a script's <c>exec</c>, that of the program it became.</summary>
    public int Id => process.Id;

    public string Output => string.Join('\n', output);

    /// <summary>Polls until ready answers true, or fails with the process's output.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> ready, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if (await ready()) return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                // not up yet
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException($"{what} did not start:\n{Output}");
    }

    /// <summary>SIGKILL, sent at once (no <c>kill</c> process to start first).</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: false);
    }

    public void Signal(string signal)
    {
        if (!process.HasExited) Process.Start("kill", [$"-{signal}", process.Id.ToString()])?.WaitForExit();
    }

    /// <summary>Waits (bounded) for the process to end, as after a signal.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cancel.Token); }
        catch (OperationCanceledException) { throw new TimeoutException($"process {process.Id} did not end within {timeout}:\n{Output}"); }
    }

    public void Dispose()
    {
        if (!process.HasExited && !process.WaitForExit(TimeSpan.FromSeconds(15))) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
