using System.Security;

namespace SkyHighBooker.Api.PublicAssets;

/// <summary>An airline's mark as SVG: a rounded field, a tail stripe across its corner, the IATA code.</summary>
public static class AirlineLogoSvg
{
    public static string Render(AirlineMark mark) => $"""
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" role="img" aria-label="{SecurityElement.Escape(mark.Name)}">
          <title>{SecurityElement.Escape(mark.Name)}</title>
          <rect width="64" height="64" rx="12" fill="{mark.Field}"/>
          <path d="M40 0h12a12 12 0 0 1 12 12v12L28 64H12z" fill="{mark.Stripe}" opacity="0.9"/>
          <text x="32" y="41" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="24" font-weight="700" fill="#FFFFFF">{SecurityElement.Escape(mark.Code)}</text>
        </svg>
        """;
}
