using System.Globalization;

namespace SkyHighBooker.Bench;

/// <summary>
/// CPU seconds spent by named processes (each with its children, so "postgres" is the postmaster and its backends,
/// exited backends included through the postmaster's cutime), by the bench's own process, and by the whole machine,
/// from /proc. Sampled at the start and end of the measured window to show where the cores went. For .NET processes
/// it also reads the JIT's tiering threads, which show whether the window measured optimized code or the JIT at work
/// (the runtime ends an idle tiering thread and starts another when there is work, so they are counted by thread id;
/// one that starts and ends inside the window is missed). Shared by the benches (linked into each project).
/// </summary>
public sealed class CpuUsage(IReadOnlyDictionary<string, int> watched)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private const string TieringThread = ".NET Tiered Com"; // /proc/PID/task/TID/comm, cut to 15 characters

    public sealed record Sample(Dictionary<string, double> Seconds, Dictionary<string, Dictionary<int, double>> JitSeconds, double MachineBusy, double MachineTotal);

    /// <summary>"api=123,stripe=456,postgres=789"; the bench's own process is watched too, as <paramref name="self"/>.</summary>
    public static CpuUsage Parse(string? spec, string self) => new((spec ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=')).Select(p => (Name: p[0], Pid: int.Parse(p[1], CultureInfo.InvariantCulture)))
        .Append((Name: self, Pid: Environment.ProcessId)).ToDictionary(p => p.Name, p => p.Pid));

    public Sample Take()
    {
        var stats = ReadAllStats();
        var seconds = new Dictionary<string, double>();
        var jitSeconds = new Dictionary<string, Dictionary<int, double>>();
        foreach (var (name, pid) in watched)
        {
            jitSeconds[name] = TieringTicks(pid).ToDictionary(t => t.Key, t => t.Value / TicksPerSecond);
            if (!stats.TryGetValue(pid, out var own)) continue;
            var ticks = own.Utime + own.Stime + own.Cutime + own.Cstime
                        + stats.Values.Where(s => s.Ppid == pid).Sum(s => s.Utime + s.Stime);
            seconds[name] = ticks / TicksPerSecond;
        }
        var (busy, total) = Machine();
        return new Sample(seconds, jitSeconds, busy, total);
    }

    /// <summary>
    /// "key value" lines: each process's share of the cores over the window in percent of one core (cpu_NAME_pct, and
    /// cpu_NAME_jit_pct, part of it), the machine's (cpu_machine_busy_pct), the rest of the machine's work
    /// (cpu_other_pct) and the number of cores (cpu_cores).
    /// </summary>
    public static IEnumerable<(string Key, string Value)> Lines(Sample from, Sample to)
    {
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var cores = Environment.ProcessorCount;
        var wall = (to.MachineTotal - from.MachineTotal) / cores; // wall seconds actually elapsed, from /proc/stat
        if (wall <= 0) yield break;
        double accounted = 0;
        foreach (var (name, end) in to.Seconds)
        {
            if (!from.Seconds.TryGetValue(name, out var start)) continue;
            accounted += end - start;
            yield return ($"cpu_{name.Replace(' ', '_')}_pct", F(100 * (end - start) / wall));
        }
        foreach (var (name, end) in to.JitSeconds)
        {
            var start = from.JitSeconds.GetValueOrDefault(name) ?? [];
            if (start.Count == 0 && end.Count == 0) continue; // not .NET, or no tiering thread either time
            var spent = end.Sum(thread => thread.Value - start.GetValueOrDefault(thread.Key));
            yield return ($"cpu_{name.Replace(' ', '_')}_jit_pct", F(100 * spent / wall)); // part of that process's share
        }
        var busy = to.MachineBusy - from.MachineBusy;
        yield return ("cpu_machine_busy_pct", F(100 * busy / wall));
        yield return ("cpu_other_pct", F(Math.Max(0, 100 * (busy - accounted) / wall)));
        yield return ("cpu_cores", cores.ToString(CultureInfo.InvariantCulture));
    }

    private static (double Busy, double Total) Machine()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Sum();
        var idle = fields[3] + fields[4];
        return ((total - idle) / TicksPerSecond, total / TicksPerSecond);
    }

    /// <summary>CPU ticks of each of the process's JIT tiering threads, by thread id (none when it is not .NET).</summary>
    private static Dictionary<int, long> TieringTicks(int pid)
    {
        var ticks = new Dictionary<int, long>();
        string[] tasks;
        try { tasks = Directory.GetDirectories($"/proc/{pid}/task"); }
        catch (IOException) { return ticks; } // the process ended
        foreach (var task in tasks)
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n') != TieringThread) continue;
                var stat = ReadStat(Path.Combine(task, "stat"));
                ticks[int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture)] = stat.Utime + stat.Stime;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // the thread ended while we looked
            }
        }
        return ticks;
    }

    private sealed record ProcStat(int Ppid, long Utime, long Stime, long Cutime, long Cstime);

    /// <summary>A process's or thread's /proc stat file; the fields are counted after the command name, which may hold spaces.</summary>
    private static ProcStat ReadStat(string path)
    {
        var text = File.ReadAllText(path);
        var f = text[(text.LastIndexOf(')') + 2)..].Split(' '); // f[0] is the state (field 3)
        return new ProcStat(int.Parse(f[1], CultureInfo.InvariantCulture), long.Parse(f[11], CultureInfo.InvariantCulture),
            long.Parse(f[12], CultureInfo.InvariantCulture), long.Parse(f[13], CultureInfo.InvariantCulture), long.Parse(f[14], CultureInfo.InvariantCulture));
    }

    private static Dictionary<int, ProcStat> ReadAllStats()
    {
        var stats = new Dictionary<int, ProcStat>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                stats[pid] = ReadStat(Path.Combine(dir, "stat"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // the process ended while we looked
            }
        }
        return stats;
    }
}
