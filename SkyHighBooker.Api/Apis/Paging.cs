namespace SkyHighBooker.Api.Apis;

/// <summary>page / pageSize query values, validated the same way everywhere.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    public static (int Page, int PageSize) Read(PageRequest request, Dictionary<string, string[]> errors, int defaultPageSize = 20)
    {
        var p = InRange(request.Page, "page", 1, 1, 1_000_000, errors);
        var size = InRange(request.PageSize, "pageSize", defaultPageSize, 1, MaxPageSize, errors);
        return (p, size);
    }

    private static int InRange(int? value, string field, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (value is null) return fallback;
        if (value >= min && value <= max) return value.Value;
        errors[field] = [$"{field} must be a whole number from {min} to {max}."];
        return fallback;
    }
}
