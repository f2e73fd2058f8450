using System.Globalization;
using static DocumentLoad.Format;

namespace DocumentLoad;

/// <summary>
/// CPU time of named processes (each with its children, so "postgres" is the postmaster and its backends) and of the
/// whole machine, from /proc, sampled around a measurement to show where the cores went.
/// </summary>
public sealed class CpuUsage(IReadOnlyDictionary<string, int> watched)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public sealed record Sample(Dictionary<string, double> Ticks, double MachineBusy, double MachineTotal);

    /// <summary>"worker=123,postgres=456,s3rver=789"; this driver itself is watched as "driver".</summary>
    public static CpuUsage Parse(string? spec) => new((spec ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=')).Select(p => (Name: p[0], Pid: int.Parse(p[1], CultureInfo.InvariantCulture)))
        .Append((Name: "driver", Pid: Environment.ProcessId)).ToDictionary(p => p.Name, p => p.Pid));

    public Sample Take()
    {
        var stats = new List<(int Pid, int Ppid, double Own, double Reaped)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var text = File.ReadAllText(Path.Combine(dir, "stat"));
                var f = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                double N(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
                stats.Add((pid, int.Parse(f[1], CultureInfo.InvariantCulture), N(11) + N(12), N(13) + N(14)));
            }
            catch (IOException) { } // the process ended meanwhile
        }
        var ticks = new Dictionary<string, double>();
        foreach (var (name, pid) in watched)
        {
            var own = stats.Where(s => s.Pid == pid).ToList();
            if (own.Count == 0) continue;
            ticks[name] = own[0].Own + own[0].Reaped + stats.Where(s => s.Ppid == pid).Sum(s => s.Own);
        }
        var machine = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var idle = machine[3] + machine[4];
        return new Sample(ticks, machine.Sum() - idle, machine.Sum());
    }

    /// <summary>
    /// "cpu_NAME_cores" for each process, "cpu_machine_cores" and "cpu_other_cores" (the machine less the watched
    /// processes): cores busy on average over the interval.
    /// </summary>
    public static IEnumerable<(string, string)> Lines(Sample from, Sample to)
    {
        var wallTicks = (to.MachineTotal - from.MachineTotal) / Environment.ProcessorCount;
        if (wallTicks <= 0) yield break;
        double watchedTicks = 0;
        foreach (var (name, end) in to.Ticks)
        {
            if (!from.Ticks.TryGetValue(name, out var start)) continue;
            watchedTicks += end - start;
            yield return ($"cpu_{name}_cores", F((end - start) / wallTicks, "0.00"));
        }
        var busy = to.MachineBusy - from.MachineBusy;
        yield return ("cpu_machine_cores", F(busy / wallTicks, "0.00"));
        yield return ("cpu_other_cores", F(Math.Max(0, busy - watchedTicks) / wallTicks, "0.00"));
    }
}
