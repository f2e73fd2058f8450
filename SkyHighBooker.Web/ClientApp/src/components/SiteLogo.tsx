import { useState } from 'react';
import { siteLogoUrl } from '../api';

/** The app's logo from the public assets (static/app-assets/site-logo.svg), or the same plane drawn inline while storage has none. */
export function SiteLogo() {
  const [missing, setMissing] = useState(false);
  if (missing) {
    return (
      <svg className="brand__mark brand__mark--inline" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" />
        <path d="M6 19.5l20-8-2.2-2.6-7.3 2.9-6.1-5.3-2.4.9 3.8 6.3-4.3 1.7-2.6-2-1.6.6 2 4.1z" />
      </svg>
    );
  }
  return <img className="brand__mark" src={siteLogoUrl} alt="" data-testid="site-logo" onError={() => setMissing(true)} />;
}
