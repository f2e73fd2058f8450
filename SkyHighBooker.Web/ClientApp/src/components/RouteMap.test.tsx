import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RouteMap } from './RouteMap';
import { SiteLogo } from './SiteLogo';

describe('RouteMap', () => {
  it('shows the route’s map from the public assets, described for screen readers', () => {
    render(<RouteMap from="JFK" to="LHR" />);
    const image = screen.getByRole('img', { name: 'Route map: JFK to LHR along the great circle' });
    expect(image.getAttribute('src')).toBe('/flights/route-maps/JFK-LHR.svg');
  });

  it('leaves no empty frame while the route has no map yet', () => {
    render(<RouteMap from="JFK" to="XXX" />);
    fireEvent.error(screen.getByRole('img'));
    expect(screen.queryByTestId('route-map')).toBeNull();
  });
});

describe('SiteLogo', () => {
  it('shows the stored site logo, decorative beside the site’s name', () => {
    render(<SiteLogo />);
    const logo = screen.getByTestId('site-logo');
    expect(logo.getAttribute('src')).toBe('/static/app-assets/site-logo.svg');
    expect(logo.getAttribute('alt')).toBe('');
  });

  it('draws the plane inline when storage has no logo', () => {
    const { container } = render(<SiteLogo />);
    fireEvent.error(screen.getByTestId('site-logo'));
    expect(screen.queryByTestId('site-logo')).toBeNull();
    expect(container.querySelector('svg.brand__mark')).not.toBeNull();
  });
});
