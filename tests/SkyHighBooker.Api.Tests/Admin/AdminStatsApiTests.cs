using System.Net;
using System.Text.Json;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Admin;

/// <summary>The dashboard's numbers over the days of a <see cref="DashboardScenario"/>, exact to the cent, per UTC day.</summary>
[Collection(ApiCollection.Name)]
public sealed class AdminStatsApiTests(ApiFixture api)
{
    private static readonly string[] Routes = ["sales", "load-factor", "cancellations", "jobs"];

    private static async Task<JsonElement> GetAsync(HttpClient admin, string path)
    {
        var response = await admin.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static string Span(DateOnly start, DateOnly end) => $"start={start:yyyy-MM-dd}&end={end:yyyy-MM-dd}";

    /// <summary>Each day of an answer as (day, the named values as written in the JSON, so "400.25" is not "400.250").</summary>
    private static List<string> Days(JsonElement answer, params string[] values) =>
        [.. answer.GetProperty("days").EnumerateArray().Select(day =>
            string.Join(" ", [day.GetProperty("day").GetString(), .. values.Select(v => day.GetProperty(v).GetRawText())]))];

    [Fact]
    public async Task Sales_are_confirmed_bookings_per_UTC_day_of_booking_with_their_revenue_empty_days_zero_and_the_route_filter_followed()
    {
        var scenario = await DashboardScenario.SharedAsync(api);
        var (d0, d1, d2, d3) = (scenario.Day0, scenario.Day1, scenario.Day2, scenario.Day3);

        var all = await GetAsync(scenario.Admin, $"/api/admin/stats/sales?{Span(d0, d3)}");
        // B2 at 23:59:59 stays on Day0; B3 (cancelled) and B4 (unpaid) are not sold.
        Assert.Equal([$"{d0:yyyy-MM-dd} 2 400.25", $"{d1:yyyy-MM-dd} 1 100.10", $"{d2:yyyy-MM-dd} 0 0.00", $"{d3:yyyy-MM-dd} 0 0.00"],
            Days(all, "bookings", "revenue"));
        Assert.Equal(3, all.GetProperty("totalBookings").GetInt32());
        Assert.Equal("500.35", all.GetProperty("totalRevenue").GetRawText());

        var jfkLax = await GetAsync(scenario.Admin, $"/api/admin/stats/sales?{Span(d0, d2)}&from=jfk&to=LAX");
        Assert.Equal([$"{d0:yyyy-MM-dd} 1 200.20", $"{d1:yyyy-MM-dd} 1 100.10", $"{d2:yyyy-MM-dd} 0 0.00"], Days(jfkLax, "bookings", "revenue"));
        var fromBoston = await GetAsync(scenario.Admin, $"/api/admin/stats/sales?{Span(d0, d1)}&from=BOS");
        Assert.Equal([$"{d0:yyyy-MM-dd} 1 200.05", $"{d1:yyyy-MM-dd} 0 0.00"], Days(fromBoston, "bookings", "revenue"));
        var oneDay = await GetAsync(scenario.Admin, $"/api/admin/stats/sales?{Span(d1, d1)}");
        Assert.Equal([$"{d1:yyyy-MM-dd} 1 100.10"], Days(oneDay, "bookings", "revenue"));
    }

    [Fact]
    public async Task Cancellations_and_refunds_count_on_the_day_they_happened_with_the_amount_refunded()
    {
        var scenario = await DashboardScenario.SharedAsync(api);
        var (d0, d1, d2, d3) = (scenario.Day0, scenario.Day1, scenario.Day2, scenario.Day3);

        var all = await GetAsync(scenario.Admin, $"/api/admin/stats/cancellations?{Span(d0, d3)}");
        Assert.Equal([$"{d0:yyyy-MM-dd} 0 0 0.00", $"{d1:yyyy-MM-dd} 0 0 0.00", $"{d2:yyyy-MM-dd} 1 1 100.10", $"{d3:yyyy-MM-dd} 0 0 0.00"],
            Days(all, "cancellations", "refunds", "refundAmount"));
        Assert.Equal("100.10", all.GetProperty("totalRefundAmount").GetRawText());
        Assert.Equal(1, all.GetProperty("totalCancellations").GetInt32());

        var toLax = await GetAsync(scenario.Admin, $"/api/admin/stats/cancellations?{Span(d2, d2)}&to=LAX");
        Assert.Equal([$"{d2:yyyy-MM-dd} 1 1 100.10"], Days(toLax, "cancellations", "refunds", "refundAmount"));
        var bosOrd = await GetAsync(scenario.Admin, $"/api/admin/stats/cancellations?{Span(d2, d2)}&from=BOS&to=ORD");
        Assert.Equal([$"{d2:yyyy-MM-dd} 0 0 0.00"], Days(bosOrd, "cancellations", "refunds", "refundAmount"));
    }

    [Fact]
    public async Task Load_factor_is_seats_sold_over_seats_per_route_and_flight_counting_pre_sold_seats_but_not_holds_or_cancelled_seats()
    {
        var scenario = await DashboardScenario.SharedAsync(api);
        var (d0, d3) = (scenario.Day0, scenario.Day3);

        var all = await GetAsync(scenario.Admin, $"/api/admin/stats/load-factor?{Span(d0, d3)}");
        var routes = all.GetProperty("routes").EnumerateArray()
            .Select(r => $"{r.GetProperty("from").GetString()}-{r.GetProperty("to").GetString()} {r.GetProperty("flights")} {r.GetProperty("seatsSold")}/{r.GetProperty("seats")} {r.GetProperty("loadFactor").GetRawText()}");
        // JFK-LAX: F1 has B1's 2 seats and B5's 1 (B3's went back); F3 its 40 pre-sold. BOS-ORD: B2's seat; B4's is only held.
        Assert.Equal(["JFK-LAX 2 43/176 0.2443", "BOS-ORD 1 1/76 0.0132"], routes);
        var flights = all.GetProperty("flights").EnumerateArray()
            .Select(f => (f.GetProperty("flightId").GetGuid(), $"{f.GetProperty("departureDate").GetString()} {f.GetProperty("seatsSold")}/{f.GetProperty("seats")} {f.GetProperty("loadFactor").GetRawText()}"));
        Assert.Equal([(scenario.F3, $"{d3:yyyy-MM-dd} 40/100 0.4"), (scenario.F1, $"{d3:yyyy-MM-dd} 3/76 0.0395"), (scenario.F2, $"{d3:yyyy-MM-dd} 1/76 0.0132")], flights);
        Assert.Equal((2, 3, 44, 252, "0.1746"), (all.GetProperty("routeCount").GetInt32(), all.GetProperty("flightCount").GetInt32(),
            all.GetProperty("seatsSold").GetInt32(), all.GetProperty("seats").GetInt32(), all.GetProperty("loadFactor").GetRawText()));

        var fromBoston = await GetAsync(scenario.Admin, $"/api/admin/stats/load-factor?{Span(d3, d3)}&from=BOS");
        Assert.Equal([scenario.F2], fromBoston.GetProperty("flights").EnumerateArray().Select(f => f.GetProperty("flightId").GetGuid()));
        var beforeDeparture = await GetAsync(scenario.Admin, $"/api/admin/stats/load-factor?{Span(d0, scenario.Day2)}");
        Assert.Equal((0, 0, "0"), (beforeDeparture.GetProperty("flightCount").GetInt32(), beforeDeparture.GetProperty("flights").GetArrayLength(),
            beforeDeparture.GetProperty("loadFactor").GetRawText()));
    }

    [Fact]
    public async Task Job_health_counts_each_outboxs_jobs_by_state_with_the_oldest_open_jobs_age()
    {
        var scenario = await DashboardScenario.SharedAsync(api);
        var (d0, d3) = (scenario.Day0, scenario.Day3);
        static string Health(JsonElement queue) =>
            string.Join(" ", new[] { "queued", "running", "failed", "done", "oldestOpenAgeSeconds" }.Select(name => $"{name} {queue.GetProperty(name).GetRawText()}"));

        var all = await GetAsync(scenario.Admin, $"/api/admin/stats/jobs?{Span(d0, d3)}");
        // Documents: B1's 4 stored; B2's receipt failed, its boarding pass and confirmation queued since Day0 23:59:59 (2 days 12:00:01 before now);
        // B3's receipt, withdrawals and cancellation notice and B5's three queued. Payments: B3's refund, queued since Day2 09:00 (27 hours).
        Assert.Equal("queued 9 running 0 failed 1 done 4 oldestOpenAgeSeconds 216001", Health(all.GetProperty("documents")));
        Assert.Equal("queued 1 running 0 failed 0 done 0 oldestOpenAgeSeconds 97200", Health(all.GetProperty("payments")));
        // Emails: B1's sent and B3's skipped confirmation done; B3's cancellation being sent; B2's refused and B5's after 3 tries failed.
        // The oldest open is B5's, pending since Day1 13:00 (47 hours).
        Assert.Equal("queued 0 running 1 failed 2 done 2 oldestOpenAgeSeconds 169200", Health(all.GetProperty("emails")));

        var fromBoston = await GetAsync(scenario.Admin, $"/api/admin/stats/jobs?{Span(d0, d3)}&from=BOS");
        Assert.Equal("queued 2 running 0 failed 1 done 0 oldestOpenAgeSeconds 216001", Health(fromBoston.GetProperty("documents")));
        Assert.Equal("queued 0 running 0 failed 0 done 0 oldestOpenAgeSeconds null", Health(fromBoston.GetProperty("payments")));
        Assert.Equal("queued 0 running 0 failed 1 done 0 oldestOpenAgeSeconds null", Health(fromBoston.GetProperty("emails")));
        var laterDays = await GetAsync(scenario.Admin, $"/api/admin/stats/jobs?{Span(d3, d3)}");
        Assert.Equal("queued 0 running 0 failed 0 done 0 oldestOpenAgeSeconds null", Health(laterDays.GetProperty("documents")));
        Assert.Equal("queued 0 running 0 failed 0 done 0 oldestOpenAgeSeconds null", Health(laterDays.GetProperty("emails")));
    }

    [Fact]
    public async Task A_filter_that_makes_no_sense_is_a_400_naming_its_field_on_every_route()
    {
        using var admin = await api.AdminAsync();
        foreach (var route in Routes)
        {
            foreach (var (query, field) in new[]
                     {
                         ("start=2026-12-10&end=2026-12-09", "end"), ("start=2025-01-01&end=2026-01-02", "end"), ("start=yesterday", "start"),
                         ("end=2026-02-30", "end"), ("from=XXX", "from"), ("to=12", "to"), ("from=JFK&to=jfk", "to"),
                     })
                await ProblemAssertions.AssertValidationProblemNamingAsync(await admin.GetAsync($"/api/admin/stats/{route}?{query}"), field);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/admin/stats/{route}?start=2025-01-01&end=2026-01-01&from=JFK")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/admin/stats/{route}")).StatusCode); // the last 30 days
        }
    }

    [Fact]
    public async Task The_dashboards_numbers_are_for_admins_only()
    {
        using var anonymous = api.Factory.CreateClient();
        using var user = api.SignedIn(await api.Users.NewUserAsync("Curious"));
        foreach (var route in Routes)
        {
            var path = $"/api/admin/stats/{route}";
            await ProblemAssertions.AssertProblemAsync(await anonymous.GetAsync(path), HttpStatusCode.Unauthorized);
            await ProblemAssertions.AssertProblemAsync(await user.GetAsync(path), HttpStatusCode.Forbidden);
        }
    }
}
