namespace SkyHighBooker.Api.PublicAssets;

/// <summary>The app's own logo (static/app-assets/site-logo.svg): a plane climbing over a horizon.</summary>
public static class SiteLogoSvg
{
    public const string Svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" role="img" aria-label="Sky High Booker">
          <title>Sky High Booker</title>
          <rect width="64" height="64" rx="14" fill="#1E3A5F"/>
          <path d="M8 46c14-6 34-6 48 0" stroke="#3B82F6" stroke-width="4" fill="none" stroke-linecap="round"/>
          <path d="M14 36l8 2 14-14c2-2 6-3 7-2s0 5-2 7L27 43l2 8-4 2-5-8-7-3z" fill="#FFFFFF"/>
        </svg>
        """;
}
