using System.Diagnostics;

namespace SkyHighBooker.Worker.Tests;

/// <summary>poppler's pdftoppm and zbar's zbarimg, to look at a rendered page the way a scanner at the gate would.</summary>
public static class ExternalTools
{
    private const string Install = "apt-get install poppler-utils zbar-tools";

    /// <summary>Renders every page of the PDF to PNG at the given resolution; returns the PNG paths in page order.</summary>
    public static IReadOnlyList<string> RenderPages(byte[] pdf, string directory, int dpi = 150)
    {
        var input = Path.Combine(directory, "document.pdf");
        File.WriteAllBytes(input, pdf);
        Run(Require("pdftoppm", "poppler-utils"), ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", input, Path.Combine(directory, "page")]);
        return Directory.GetFiles(directory, "page-*.png").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The raw contents of the bar codes zbarimg finds in the image, one per line.</summary>
    public static IReadOnlyList<string> ReadBarcodes(string image)
    {
        var output = Run(Require("zbarimg", "zbar-tools"), ["--raw", "-q", image]);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
    }

    /// <summary>The PDF's text as poppler's pdftotext extracts it (what a reader's search and copy see).</summary>
    public static string ExtractText(byte[] pdf, string directory)
    {
        var input = Path.Combine(directory, "text.pdf");
        File.WriteAllBytes(input, pdf);
        return Run(Require("pdftotext", "poppler-utils"), ["-enc", "UTF-8", input, "-"]);
    }

    /// <summary>The fonts poppler's pdffonts lists: the name (with its subset tag), whether embedded, whether a subset.</summary>
    public static IReadOnlyList<(string Name, bool Embedded, bool Subset)> ListFonts(byte[] pdf, string directory)
    {
        var input = Path.Combine(directory, "fonts.pdf");
        File.WriteAllBytes(input, pdf);
        var lines = Run(Require("pdffonts", "poppler-utils"), [input]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Fixed-width columns (name, type, encoding, emb, sub, uni, object ID) as wide as the dashes under the header;
        // names and types may contain spaces.
        var columns = new List<(int Start, int Length)>();
        for (var start = 0; start < lines[1].Length;)
        {
            var end = lines[1].IndexOf(' ', start);
            if (end < 0) end = lines[1].Length;
            columns.Add((start, end - start));
            start = end + 1;
        }
        string Cell(string line, int column) => line.Substring(columns[column].Start, columns[column].Length).Trim();
        return lines.Skip(2).Select(line => (Cell(line, 0), Cell(line, 3) == "yes", Cell(line, 4) == "yes")).ToList();
    }

    public static string NewTemporaryDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "skyhighbooker-documents-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static string Require(string tool, string package)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);
        if (found is null) Assert.Fail($"{tool} (from {package}) is not installed; the document tests need it: {Install}");
        return found;
    }

    private static string Run(string tool, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} did not finish within 60 s.");
        }
        // zbarimg exits with 4 when it finds no bar code; the caller's assertion explains that better than the exit code.
        if (process.ExitCode is not 0 and not 4)
        {
            Assert.Fail($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
        }
        return stdout.Result;
    }
}
