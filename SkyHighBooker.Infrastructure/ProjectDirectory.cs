using System.Runtime.CompilerServices;

namespace SkyHighBooker.Infrastructure;

/// <summary>This project's folder, wherever <c>dotnet run</c> or the tests were started from.</summary>
public static class ProjectDirectory
{
    public static string Path { get; } = System.IO.Path.GetDirectoryName(ThisFile())!;

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
