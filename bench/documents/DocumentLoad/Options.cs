using System.Globalization;

namespace DocumentLoad;

/// <summary>"--name value" pairs after the command.</summary>
public sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--") || i + 1 >= args.Length) throw new ArgumentException($"expected --name value, got '{args[i]}'");
            values[args[i][2..]] = args[i + 1];
        }
        return new Options(values);
    }

    public string? TextOrNull(string name) => values.GetValueOrDefault(name);

    public string Text(string name) => TextOrNull(name) ?? throw new ArgumentException($"--{name} is required");

    public int Number(string name, int? fallback = null) => values.TryGetValue(name, out var v)
        ? int.Parse(v, CultureInfo.InvariantCulture)
        : fallback ?? throw new ArgumentException($"--{name} is required");

    public double Decimal(string name) => double.Parse(Text(name), CultureInfo.InvariantCulture);
}

public static class Format
{
    public static string F(double value, string format = "0.###") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
