using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SkyHighBooker.EndToEnd.Tests;

/// <summary>The end-to-end system runs Api:Replicas=2: two Api processes behind the one endpoint the Web's proxy and Stripe's webhooks reach.</summary>
[Collection(AppHostCollection.Name)]
public sealed class TwoApiReplicasThroughAppHostTests(AppHostFixture system)
{
    [Fact]
    public async Task Both_Apis_run_healthy_and_the_Worker_and_the_Web_that_wait_for_them_start()
    {
        // Every instance's latest state, as the dashboard shows them: the watch starts with each one's current state.
        var instances = new Dictionary<string, ResourceEvent>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await foreach (var update in system.App.ResourceNotifications.WatchAsync(timeout.Token))
            {
                if (update.Resource.Name != BookerResources.Api) continue;
                instances[update.ResourceId] = update;
                if (instances.Values.Count(RunningHealthy) == 2) break;
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
        }
        Assert.True(instances.Count == 2 && instances.Values.All(RunningHealthy),
            string.Join("; ", instances.Select(i => $"{i.Key}: {i.Value.Snapshot.State?.Text} {i.Value.Snapshot.HealthStatus}")));
        foreach (var service in new[] { BookerResources.Worker, BookerResources.Web })
        {
            using var client = system.App.CreateHttpClient(service);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        }
    }

    private static bool RunningHealthy(ResourceEvent instance) =>
        instance.Snapshot.State?.Text == KnownResourceStates.Running && instance.Snapshot.HealthStatus == HealthStatus.Healthy;

    [Fact]
    public async Task Through_the_Web_one_Idempotency_Key_sent_many_times_at_once_books_once()
    {
        var traveller = await system.CognitoUsers().NewUserAsync("Twice");
        using var web = system.App.CreateHttpClient(BookerResources.Web);
        web.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", traveller.Tokens.AccessToken);
        var date = DateTime.UtcNow.AddDays(23).ToString("yyyy-MM-dd");
        var flightId = JsonDocument.Parse(await web.GetStringAsync($"/api/flights?from=BOS&to=ORD&date={date}"))
            .RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
        var seat = JsonDocument.Parse(await web.GetStringAsync($"/api/flights/{flightId}/seats")).RootElement.GetProperty("seats")
            .EnumerateArray().First(s => s.GetProperty("state").GetString() == "available").GetProperty("number").GetString();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
        {
            var book = new HttpRequestMessage(HttpMethod.Post, "/api/bookings")
            {
                Content = JsonContent.Create(new { flightId, passengers = new[] { new { name = "Tam Twice", email = traveller.Email, seat } } }),
            };
            book.Headers.Add("Idempotency-Key", key);
            return web.SendAsync(book);
        }));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());
        var mine = JsonDocument.Parse(await web.GetStringAsync("/api/bookings")).RootElement.GetProperty("items").EnumerateArray();
        Assert.Equal(ids[0], Assert.Single(mine).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_booking_paid_with_4242_is_confirmed_by_the_webhook_whichever_Api_receives_it()
    {
        var (api, bookingId, _) = await PaidBookings.BookAndPayAsync(system);
        using (api) Assert.Equal("confirmed", await PaidBookings.WaitForStatusAsync(api, bookingId, "confirmed"));
    }
}
