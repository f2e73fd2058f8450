using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Tests.Infrastructure;
using SkyHighBooker.Schema;
using SkyHighBooker.Testing;

namespace SkyHighBooker.Api.Tests.Admin;

/// <summary>
/// Bookings made, paid and cancelled through the Api on known UTC days: an Api whose clock the test sets, with a Stripe
/// stand-in of its own. The days are far enough ahead that no other test's rows fall on them, and its flights depart
/// on <see cref="Day3"/>, beyond the seeded timetable, so every number on these days is this scenario's.
///
/// Day0 10:00      B1: JFK→LAX (F1), 2 seats at 100.10, paid           — its 4 documents stored, its confirmation email sent
/// Day0 23:59:59   B2: BOS→ORD (F2), 1 seat at 200.05, paid            — its receipt failed, its confirmation email refused for good
/// Day1 00:00:00   B3: JFK→LAX (F1), 1 seat at 100.10, paid, then cancelled on Day2 09:00 (refund 100.10)
///                     — its confirmation email skipped (cancelled before it went out), its cancellation email being sent
/// Day1 12:00      B4: BOS→ORD (F2), 1 seat, never paid (held)          — no email
/// Day1 13:00      B5: JFK→LAX (F1), 1 seat at 100.10, paid            — its confirmation email still not sent after 3 tries
/// F3: JFK→LAX, 100 seats of which 40 pre-sold (as the seed sells them), never booked. Now: Day3 12:00.
/// </summary>
public sealed class DashboardScenario : IAsyncDisposable
{
    private const string GoodCard = "4242424242424242";
    private readonly FakeTimeProvider clock;
    private readonly WebApplicationFactory<Program> host;
    private readonly StripeStandInServer stripe;

    public DateOnly Day0 { get; }
    public DateOnly Day1 => Day0.AddDays(1);
    public DateOnly Day2 => Day0.AddDays(2);
    public DateOnly Day3 => Day0.AddDays(3);
    public HttpClient Admin { get; }
    public Guid F1 { get; private set; }
    public Guid F2 { get; private set; }
    public Guid F3 { get; private set; }

    private DashboardScenario(DateOnly day0, FakeTimeProvider clock, WebApplicationFactory<Program> host, StripeStandInServer stripe, HttpClient admin) =>
        (Day0, this.clock, this.host, this.stripe, Admin) = (day0, clock, host, stripe, admin);

    /// <summary>
    /// The scenario the dashboard tests share (they only read it): played once per Api fixture, 600 days ahead, where
    /// no other test's rows fall.
    /// </summary>
    public static Task<DashboardScenario> SharedAsync(ApiFixture api) =>
        api.SharedAsync(nameof(DashboardScenario), () => MakeAsync(api, daysAhead: 600));

    /// <param name="daysAhead">Where Day0 falls.</param>
    private static async Task<DashboardScenario> MakeAsync(ApiFixture api, int daysAhead)
    {
        var day0 = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysAhead);
        // Started at the real time: the Api tops up its timetable for the 180 days from "today" as it starts.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (host, stripe) = await api.WithClockAsync(clock);
        clock.SetUtcNow(At(day0, 9, 0));
        var adminTokens = await api.Users.SignInAsync(CognitoLocalEmulator.AdminEmail, CognitoLocalEmulator.AdminPassword);
        var scenario = new DashboardScenario(day0, clock, host, stripe, api.ClientWithToken(adminTokens.AccessToken, host));
        await scenario.PlayAsync(api);
        return scenario;
    }

    private async Task PlayAsync(ApiFixture api)
    {
        using var traveller = api.ClientWithToken((await api.Users.NewUserAsync("Dashboard")).Tokens.AccessToken, host);
        var (jfkLax, bosOrd) = (("JFK", "LAX"), ("BOS", "ORD"));
        F1 = await TestFlights.CreateAsync(api, 76, 76, price: 100.10m, departure: At(Day3, 14, 0), route: jfkLax);
        F2 = await TestFlights.CreateAsync(api, 76, 76, price: 200.05m, departure: At(Day3, 15, 0), route: bosOrd);
        F3 = await TestFlights.CreateAsync(api, 100, 60, price: 150m, departure: At(Day3, 16, 0), route: jfkLax);

        clock.SetUtcNow(At(Day0, 10, 0));
        var b1 = await PaidAsync(traveller, F1, "10A", "10C");
        clock.SetUtcNow(At(Day0, 23, 59, 59));
        var b2 = await PaidAsync(traveller, F2, "10A");
        clock.SetUtcNow(At(Day1, 0, 0));
        var b3 = await PaidAsync(traveller, F1, "11A");
        clock.SetUtcNow(At(Day1, 12, 0));
        await BookAsync(traveller, F2, "11A");
        clock.SetUtcNow(At(Day1, 13, 0));
        var b5 = await PaidAsync(traveller, F1, "12A");
        clock.SetUtcNow(At(Day2, 9, 0));
        Assert.Equal(HttpStatusCode.OK, (await traveller.PostAsync($"/api/bookings/{b3}/cancel", null)).StatusCode);

        // What the Worker would have done meanwhile: B1's documents stored, B2's receipt given up on.
        await api.ScalarAsync<int>("UPDATE document_jobs SET status = 'ready' WHERE booking_id = $1 RETURNING 0", b1);
        await api.ScalarAsync<int>("UPDATE document_jobs SET status = 'failed' WHERE booking_id = $1 AND kind = 'receipt' RETURNING 0", b2);
        // And of the emails: B1's sent, B2's refused, B3's confirmation skipped and its cancellation under way, B5's on its fourth wait.
        foreach (var (booking, kind, status, attempts) in new[]
                 {
                     (b1, EmailKind.BookingConfirmed, EmailJobStatus.Sent, 1), (b2, EmailKind.BookingConfirmed, EmailJobStatus.Failed, 1),
                     (b3, EmailKind.BookingConfirmed, EmailJobStatus.Skipped, 1), (b3, EmailKind.BookingCancelled, EmailJobStatus.Sending, 1),
                     (b5, EmailKind.BookingConfirmed, EmailJobStatus.Pending, 3),
                 })
            await api.ScalarAsync<int>("UPDATE email_jobs SET status = $3, attempts = $4 WHERE booking_id = $1 AND kind = $2 RETURNING 0", booking, kind, status, attempts);
        clock.SetUtcNow(At(Day3, 12, 0));
    }

    private static async Task<Guid> BookAsync(HttpClient traveller, Guid flight, params string[] seats)
    {
        var response = await traveller.BookAsync(BookingCalls.Request(flight, seats));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<BookingView>())!.Id;
    }

    private async Task<Guid> PaidAsync(HttpClient traveller, Guid flight, params string[] seats)
    {
        var booking = await BookAsync(traveller, flight, seats);
        var payment = await traveller.StartPaymentAsync(booking);
        await PaymentCalls.ConfirmWithCardAsync(stripe, payment, GoodCard);
        await traveller.RefreshPaymentAsync(payment);
        Assert.Equal("confirmed", (await traveller.WaitForStatusAsync(booking, "confirmed")).Status);
        return booking;
    }

    public static DateTimeOffset At(DateOnly day, int hour, int minute, int second = 0) =>
        new(day.ToDateTime(new TimeOnly(hour, minute, second)), TimeSpan.Zero);

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await host.DisposeAsync();
        await stripe.DisposeAsync();
    }
}
