using System.ComponentModel;
namespace SkyHighBooker.Api.Apis;

/// <summary>One page of a longer list, with what a client needs to page through it.</summary>
[ImmutableObject(true)] // HybridCache hands the kept instance to each hit instead of a copy
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, int TotalPages)
{
    public static PagedList<T> Of(IReadOnlyList<T> items, int page, int pageSize, int totalCount) =>
        new(items, page, pageSize, totalCount, (int)Math.Ceiling(totalCount / (double)pageSize));
}
