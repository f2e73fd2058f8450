using SkyHighBooker.RouteMaps;
using SkyHighBooker.Worker.Documents.Rendering;
using UglyToad.PdfPig;
using static SkyHighBooker.Worker.Tests.AirlineMarkOnDocumentsTests;

namespace SkyHighBooker.Worker.Tests;

/// <summary>The route's map on the confirmation, drawn from the same geometry and colours as the site's SVG.</summary>
public class RouteMapOnConfirmationTests
{
    [Fact]
    public void The_confirmation_shows_the_route_map_with_land_sea_and_the_arc_in_the_svgs_colours()
    {
        var pixels = FirstPageRgb(new ConfirmationRenderer().Render(SampleBookings.Paid()));
        Assert.True(CountNear(pixels, RouteMap.ArcColour) > 150, "too few pixels of the great-circle arc");
        Assert.True(CountNear(pixels, RouteMap.Land) > 2000, "too few pixels of land");
        Assert.True(CountNear(pixels, RouteMap.Sea) > 5000, "too few pixels of sea");
    }

    [Fact]
    public void The_maps_airports_are_labelled_with_their_codes_and_the_page_draws_the_coast_as_paths()
    {
        var pdf = new ConfirmationRenderer().Render(SampleBookings.Paid());
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        // YUL and FRA each appear in the flight panel and once more on the map
        Assert.Equal(2, page.GetWords().Count(w => w.Text == "YUL"));
        Assert.Equal(2, page.GetWords().Count(w => w.Text == "FRA"));
        var land = page.ExperimentalAccess.Paths.Count(p => p.IsFilled && p.FillColor?.ToRGBValues() is var (r, g, b) && Near(r, 0xCB) && Near(g, 0xD5) && Near(b, 0xE1));
        Assert.True(land >= 1, "no path filled in the land colour");
    }

    [Fact]
    public void A_flight_whose_airports_have_no_known_place_prints_without_a_map()
    {
        var booking = SampleBookings.Paid() with { Flight = SampleBookings.Flight with { FromLocation = null } };
        var pixels = FirstPageRgb(new ConfirmationRenderer().Render(booking));
        Assert.Equal(0, CountNear(pixels, RouteMap.ArcColour));
    }

    [Fact]
    public void A_route_over_the_antimeridian_still_draws_its_arc_on_the_confirmation()
    {
        var booking = SampleBookings.Paid() with
        {
            Flight = SampleBookings.Flight with { FromCode = "HND", FromLocation = new(35.5494, 139.7798), ToCode = "LAX", ToLocation = new(33.9416, -118.4085) },
        };
        var pixels = FirstPageRgb(new ConfirmationRenderer().Render(booking));
        Assert.True(CountNear(pixels, RouteMap.ArcColour) > 150, "too few pixels of the great-circle arc");
    }

    private static bool Near(double channel, int expected) => Math.Abs(channel * 255 - expected) <= 3;
}
