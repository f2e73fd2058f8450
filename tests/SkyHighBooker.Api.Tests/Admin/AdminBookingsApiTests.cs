using System.Net.Http.Json;
using System.Text.Json;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Admin;

[Collection(ApiCollection.Name)]
public sealed class AdminBookingsApiTests(ApiFixture api)
{
    [Fact]
    public async Task Admins_see_every_users_bookings_filtered_and_paged()
    {
        var email = $"family.{Guid.NewGuid():N}@example.com";
        var first = await TestBookings.InsertAsync(api, "user-one", email);
        var second = await TestBookings.InsertAsync(api, "user-two", email);
        using var admin = await api.AdminAsync();

        var byEmail = JsonDocument.Parse(await admin.GetStringAsync($"/api/admin/bookings?email={email.ToUpperInvariant()}")).RootElement;
        Assert.Equal(2, byEmail.GetProperty("totalCount").GetInt32());
        var ids = byEmail.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("booking").GetProperty("id").GetGuid()).ToList();
        Assert.Equal([second, first], ids); // newest first

        var byUser = JsonDocument.Parse(await admin.GetStringAsync($"/api/admin/bookings?email={email}&userId=user-one")).RootElement;
        Assert.Equal("user-one", byUser.GetProperty("items")[0].GetProperty("userId").GetString());
        Assert.Equal(1, byUser.GetProperty("totalCount").GetInt32());

        var paged = JsonDocument.Parse(await admin.GetStringAsync($"/api/admin/bookings?email={email}&pageSize=1&page=2")).RootElement;
        Assert.Equal(first, paged.GetProperty("items")[0].GetProperty("booking").GetProperty("id").GetGuid());

        await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.GetAsync("/api/admin/bookings?createdFrom=yesterday"), "createdFrom");
        await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.GetAsync("/api/admin/bookings?pageSize=1000"), "pageSize");
    }

    [Fact]
    public async Task A_filter_the_OpenAPI_document_types_is_read_as_typed_and_a_malformed_one_is_a_400_naming_it()
    {
        var email = $"typed.{Guid.NewGuid():N}@example.com";
        var booking = await TestBookings.InsertAsync(api, "user-typed", email);
        using var admin = await api.AdminAsync();
        var flightId = await api.ScalarAsync<Guid>("SELECT flight_id FROM bookings WHERE id = $1", booking);
        var status = await api.ScalarAsync<string>("SELECT booking_status FROM bookings WHERE id = $1", booking);
        var (yesterday, tomorrow) = (DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd"));

        var found = JsonDocument.Parse(await admin.GetStringAsync(
            $"/api/admin/bookings?email={email}&flightId={flightId}&status={status.ToUpperInvariant()}&createdFrom=%20{yesterday}&createdTo={tomorrow}&page=%201")).RootElement;
        Assert.Equal(1, found.GetProperty("totalCount").GetInt32());

        foreach (var (query, field) in new[] { ("flightId=not-a-guid", "flightId"), ("status=lost", "status"), ("createdTo=2026-02-30", "createdTo"), ("page=two", "page") })
            await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.GetAsync($"/api/admin/bookings?{query}"), field);
    }
}
