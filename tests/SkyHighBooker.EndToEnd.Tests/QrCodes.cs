using System.Diagnostics;

namespace SkyHighBooker.EndToEnd.Tests;

/// <summary>Reads a QR code off a PDF's first page the way a scanner would: render it (pdftoppm), then decode (zbarimg).</summary>
public static class QrCodes
{
    public static async Task<string> ReadFromPdfAsync(byte[] pdf)
    {
        var dir = Directory.CreateTempSubdirectory("skyhigh-qr-");
        try
        {
            var pdfPath = Path.Combine(dir.FullName, "document.pdf");
            await File.WriteAllBytesAsync(pdfPath, pdf);
            await RunAsync("pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", pdfPath, Path.Combine(dir.FullName, "page"));
            return (await RunAsync("zbarimg", "--raw", "-q", Path.Combine(dir.FullName, "page.png"))).TrimEnd('\n');
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{tool} is missing: apt-get install poppler-utils zbar-tools (scripts/install-prerequisites.sh does)");
        }
        using (process)
        {
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
            return output;
        }
    }
}
