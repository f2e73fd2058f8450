using System.Collections.Concurrent;
using SkyHighBooker.StripeStandIn.Charges;
using SkyHighBooker.StripeStandIn.PaymentIntents;
using SkyHighBooker.StripeStandIn.PaymentMethods;
using SkyHighBooker.StripeStandIn.Refunds;

namespace SkyHighBooker.StripeStandIn.Infrastructure;

/// <summary>
/// The one test-mode Stripe account this stand-in keeps, in memory. Objects are immutable records; every change
/// (confirm, cancel, refund) reads, checks and replaces them under <see cref="Changes"/>, so concurrent requests
/// see each other's changes whole (no double confirm, no refunding more than was received).
/// </summary>
public sealed class TestModeAccount
{
    public Lock Changes { get; } = new();

    public ConcurrentDictionary<string, PaymentIntent> PaymentIntents { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, PaymentMethod> PaymentMethods { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, Charge> Charges { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, Refund> Refunds { get; } = new(StringComparer.Ordinal);
}
