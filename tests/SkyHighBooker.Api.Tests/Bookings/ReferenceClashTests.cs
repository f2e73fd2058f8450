using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SkyHighBooker.Api.Bookings;
using SkyHighBooker.Api.Tests.Infrastructure;

namespace SkyHighBooker.Api.Tests.Bookings;

/// <summary>
/// A new booking whose drawn reference is already taken: the booking's statements travel in one round trip, so the
/// ones after the refused INSERT must write nothing, and the engine draws again.
/// </summary>
[Collection(BookingsCollection.Name)]
public sealed class ReferenceClashTests(ApiFixture api)
{
    [Fact]
    public async Task A_reference_that_is_taken_is_drawn_again_and_nothing_is_written_twice()
    {
        var flight = await TestFlights.CreateAsync(api, 76, 76);
        var user = await api.Users.NewUserAsync("Clash");
        using var first = api.SignedIn(user);
        var taken = (await (await first.BookAsync(BookingCalls.Request(flight, "10A"))).Content.ReadFromJsonAsync<BookingView>())!;

        var fresh = new BookingReferences().Next();
        var references = new ScriptedReferences(taken.Reference, fresh);
        await using var host = api.WithSettings([]).WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<BookingReferences>(references)));
        using var client = api.ClientWithToken(user.Tokens.AccessToken, host);
        var key = Guid.NewGuid().ToString();
        var request = BookingCalls.Request(flight, "11A", "11C");

        var response = await client.BookAsync(request, key);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var booking = (await response.Content.ReadFromJsonAsync<BookingView>())!;
        Assert.Equal(fresh, booking.Reference);
        Assert.Equal(2, references.Drawn);
        Assert.Equal(2L, await api.ScalarAsync<long>("SELECT count(*) FROM booking_passengers WHERE booking_id = $1", booking.Id));
        Assert.Equal(2L, await api.ScalarAsync<long>("SELECT count(*) FROM seat_assignments WHERE booking_id = $1", booking.Id));
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM bookings WHERE reference = $1", taken.Reference));
        Assert.Equal(1L, await api.ScalarAsync<long>("SELECT count(*) FROM booking_passengers WHERE booking_id = $1", taken.Id));
        // the stored answer is the one with the reference that stuck
        var replayed = (await (await client.BookAsync(request, key)).Content.ReadFromJsonAsync<BookingView>())!;
        Assert.Equal(fresh, replayed.Reference);
        await TestFlights.AssertInvariantsAsync(api);
    }

    private sealed class ScriptedReferences(params string[] script) : BookingReferences
    {
        public int Drawn { get; private set; }

        public override string Next() => Drawn < script.Length ? script[Drawn++] : base.Next();
    }
}
