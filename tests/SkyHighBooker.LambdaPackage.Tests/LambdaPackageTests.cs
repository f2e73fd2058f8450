using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Npgsql;
using SkyHighBooker.Schema;
using Xunit.Abstractions;

namespace SkyHighBooker.LambdaPackage.Tests;

/// <summary>The published Api package, run as on Lambda (<see cref="LambdaApiFixture"/>), answers a traveller.</summary>
public sealed class LambdaPackageTests(LambdaApiFixture api, ITestOutputHelper log) : IClassFixture<LambdaApiFixture>
{
    [Fact]
    public async Task The_package_started_by_its_bootstrap_on_a_read_only_file_system_answers_a_search_and_takes_a_booking()
    {
        log.WriteLine($"publish {api.PublishTime.TotalSeconds:F1} s; process start to /health answering {api.StartTime.TotalSeconds:F1} s");
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        var (from, to, date) = await SeededRouteAsync();

        var search = await http.GetAsync($"/api/flights?from={from}&to={to}&date={date:yyyy-MM-dd}");
        Assert.True(search.StatusCode == HttpStatusCode.OK, $"{search.StatusCode}: {await search.Content.ReadAsStringAsync()}\n{api.Output}");
        Assert.Equal("public, max-age=0, s-maxage=30", search.Headers.CacheControl?.ToString()); // what CloudFront keeps
        var flightId = (await search.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray()[0]!["id"]!.GetValue<Guid>();
        var seatMap = (await http.GetFromJsonAsync<JsonObject>($"/api/flights/{flightId}/seats"))!;
        var seat = seatMap["seats"]!.AsArray().First(s => s!["state"]!.GetValue<string>() == "available")!["number"]!.GetValue<string>();

        var user = await api.Users.NewUserAsync();
        using var booking = new HttpRequestMessage(HttpMethod.Post, "/api/bookings")
        {
            Content = JsonContent.Create(new { flightId, passengers = new[] { new { name = "Pat Passenger", email = "pat@example.com", seat } } }),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", user.Tokens.AccessToken) },
        };
        booking.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var booked = await http.SendAsync(booking);

        Assert.True(booked.StatusCode == HttpStatusCode.Created, $"{booked.StatusCode}: {await booked.Content.ReadAsStringAsync()}\n{api.Output}");
        Assert.Equal(BookingStatus.PendingPayment, (await booked.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        Assert.False(api.HasExited, api.Output);
        // Anything it tried to write outside /tmp would have failed and been logged.
        Assert.False(Regex.IsMatch(api.Output, "(?i)permission denied|read-only file system|UnauthorizedAccessException|access to the path"), api.Output);
    }

    /// <summary>A route and local date the seed flies, with a flight still ahead.</summary>
    private async Task<(string From, string To, DateOnly Date)> SeededRouteAsync()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT from_airport, to_airport, departure_date FROM flights WHERE departure_date > current_date + 1 ORDER BY departure_time LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the seed made no flight two days ahead");
        return (reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2));
    }
}
