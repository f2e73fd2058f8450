import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

function QueryProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

/** Renders the element on its route at `url`; the test id "location" shows the current query string. */
export function renderOnRoute(element: ReactNode, { url, path }: { url: string; path: string }) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path={path} element={element} />
      </Routes>
      <QueryProbe />
    </MemoryRouter>,
  );
}
