using SkyHighBooker.Worker.Documents;

namespace SkyHighBooker.Worker.Tests;

public sealed class DocumentRendererTests
{
    private static ClaimedJob Job(string kind, int? position) => new(Guid.NewGuid(), SampleBookings.Paid().BookingId, kind, position, "", 1, Guid.Empty, Withdrawing: false);

    [Theory]
    [InlineData("cancelled")]
    [InlineData("expired")]
    [InlineData("pending_payment")]
    public void No_boarding_pass_is_drawn_for_a_booking_that_is_not_confirmed(string status)
    {
        var renderer = new DocumentRenderer();
        var error = Assert.Throws<InvalidOperationException>(() => renderer.Render(Job("boarding_pass", 1), SampleBookings.Paid() with { Status = status }));
        Assert.Contains(status, error.Message);
    }

    [Fact]
    public void A_confirmed_booking_gets_its_boarding_pass()
    {
        var pdf = new DocumentRenderer().Render(Job("boarding_pass", 1), SampleBookings.Paid());
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
    }
}
