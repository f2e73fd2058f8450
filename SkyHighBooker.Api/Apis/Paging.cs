using System.Globalization;

namespace SkyHighBooker.Api.Apis;

/// <summary>page / pageSize query values, validated the same way everywhere.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    public static (int Page, int PageSize) Read(string? page, string? pageSize, Dictionary<string, string[]> errors, int defaultPageSize = 20)
    {
        var p = ReadInt(page, "page", 1, 1, 1_000_000, errors);
        var size = ReadInt(pageSize, "pageSize", defaultPageSize, 1, MaxPageSize, errors);
        return (p, size);
    }

    private static int ReadInt(string? text, string field, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors[field] = [$"{field} must be a whole number from {min} to {max}."];
        return fallback;
    }
}
