using System.Globalization;
using System.Security;
using System.Text;
using SkyHighBooker.Api.Seats;

namespace SkyHighBooker.Api.PublicAssets;

/// <summary>
/// An aircraft type as SVG: a side-view silhouette whose length follows the seat count (wide bodies taller), and
/// under it the cabin layout the seat map uses: one mark per row, coloured by cabin.
/// </summary>
public static class AircraftImageSvg
{
    private const double Width = 640;
    private static readonly Dictionary<string, string> CabinColours = new()
    {
        [Cabin.Business.Name] = "#1E3A5F", [Cabin.PremiumEconomy.Name] = "#3B82F6", [Cabin.Economy.Name] = "#93C5FD",
    };

    /// <summary>flights/aircraft-images/{slug}.svg: "Boeing 787-9" → "boeing-787-9".</summary>
    public static string Slug(string aircraft) =>
        string.Join('-', aircraft.ToLowerInvariant().Split([' ', '/', '.'], StringSplitOptions.RemoveEmptyEntries));

    public static string Render(string aircraft, int seats)
    {
        var layout = SeatLayout.For(aircraft, seats);
        var rows = layout.Seats.GroupBy(s => s.Row).Select(r => r.First().Cabin.Name).ToList();
        var wide = layout.Seats.Max(s => s.Letter) > 'F';
        var length = Math.Clamp(260 + rows.Count * 6.5, 360, 600);
        var height = wide ? 46.0 : 34.0;
        var left = (Width - length) / 2;
        var top = 60.0;
        var bottom = top + height;
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {F(Width)} 200" width="{F(Width)}" height="200" role="img" aria-label="{SecurityElement.Escape(aircraft)}, side view and cabin layout">""");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(aircraft)}</title>");
        // fuselage: rounded nose on the right, tapering tail on the left
        svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{F(left + 40)} {F(top)} H{F(left + length - 40)} C{F(left + length)} {F(top)} {F(left + length)} {F(bottom)} {F(left + length - 40)} {F(bottom)} H{F(left + 60)} L{F(left)} {F(top + height * 0.35)} L{F(left + 10)} {F(top)} Z" fill="#E2E8F0" stroke="#1E3A5F" stroke-width="2"/>""");
        // tail fin and stabiliser
        svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{F(left + 10)} {F(top)} L{F(left + 5)} {F(top - 40)} H{F(left + 28)} L{F(left + 70)} {F(top)} Z" fill="#1E3A5F"/>""");
        // wing (seen edge-on) and engine under it
        var wingX = left + length * 0.45;
        svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{F(wingX)} {F(bottom - 8)} L{F(wingX - 70)} {F(bottom + 14)} H{F(wingX - 40)} L{F(wingX + 40)} {F(bottom - 8)} Z" fill="#94A3B8"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{F(wingX - 10)}" y="{F(bottom + 2)}" width="{F(wide ? 46 : 36)}" height="{F(wide ? 18 : 14)}" rx="7" fill="#475569"/>""");
        // cockpit windows and a window line
        svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{F(left + length - 34)} {F(top + 8)} h14 l6 7 h-20 z" fill="#1E3A5F"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{F(left + 70)}" y1="{F(top + 14)}" x2="{F(left + length - 50)}" y2="{F(top + 14)}" stroke="#64748B" stroke-width="3" stroke-dasharray="3 5"/>""");

        // cabin layout: nose on the right, so row 1 is drawn rightmost
        var step = (length - 120) / rows.Count;
        for (var i = 0; i < rows.Count; i++)
        {
            var x = left + length - 50 - (i + 1) * step;
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{F(x)}" y="150" width="{F(Math.Max(1, step - 1))}" height="18" fill="{CabinColours[rows[i]]}"/>""");
        }
        var counts = Cabin.All.Select(c => (c, layout.Seats.Count(s => s.Cabin == c))).Where(x => x.Item2 > 0)
            .Select(x => $"{x.c.Name.Replace('_', ' ')} {x.Item2}");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{F(Width / 2)}" y="190" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="13" fill="#334155">{SecurityElement.Escape($"{aircraft} · {seats} seats · {string.Join(" · ", counts)}")}</text>""");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
