import { entityHref, labelOf, parseRef, parseRoute, routeHref } from '../../explorer/src/route';
import type { Route } from '../../explorer/src/route';

/** The location a route's URL gives, split the way the browser splits it. */
function reparse(route: Route): Route {
  const url = new URL(routeHref(route), 'http://localhost');
  return parseRoute(url.pathname, url.search);
}

describe('explorer URLs', () => {
  it.each<[string, Route]>([
    ['/explore', { view: 'home' }],
    ['/explore/', { view: 'home' }],
    ['/explore/regency/36.04', { view: 'entity', label: 'Regency', key: '36.04' }],
    ['/explore/official/ratu-tatu-chasanah', { view: 'entity', label: 'Official', key: 'ratu-tatu-chasanah' }],
    ['/explore/village/36.04.01.2001', { view: 'entity', label: 'Village', key: '36.04.01.2001' }],
    ['/explore/island/ID-1', { view: 'entity', label: 'Island', key: 'ID-1' }],
    ['/explore/neighbourhood/Official:ratu-tatu-chasanah?depth=2', { view: 'neighbourhood', ref: 'Official:ratu-tatu-chasanah', depth: 2 }],
    ['/explore/path?from=Official:anang-mulyana&to=Official:abdullah-azwar-anas', { view: 'path', from: 'Official:anang-mulyana', to: 'Official:abdullah-azwar-anas', maxLength: 6 }],
    ['/explore/diffusion/35.10-tourism-development-programs', { view: 'diffusion', programId: '35.10-tourism-development-programs' }],
    ['/explore/network?province=35&sector=tourism', { view: 'network', province: '35', sector: 'tourism', fromYear: '', toYear: '' }],
    ['/explore/islands/36.04', { view: 'islands', regencyCode: '36.04' }],
  ])('reads %s', (href, route) => {
    const url = new URL(href, 'http://localhost');
    expect(parseRoute(url.pathname, url.search)).toEqual(route);
  });

  it.each<Route>([
    { view: 'home' },
    { view: 'entity', label: 'Agency', key: '36.04-bappeda' },
    { view: 'entity', label: 'Source', key: 'a b/c?d' },
    { view: 'neighbourhood', ref: 'Regency:36.04', depth: 3 },
    { view: 'path', from: 'Regency:36.04', to: 'Regency:35.10', maxLength: 2 },
    { view: 'path', from: '', to: '', maxLength: 6 },
    { view: 'diffusion', programId: 'p&q' },
    { view: 'network', province: '36', sector: '', fromYear: '2016', toYear: '2018' },
    { view: 'islands', regencyCode: '21.01' },
  ])('gives back the route it wrote: %j', (route) => {
    expect(reparse(route)).toEqual(route);
  });

  it('keeps depth and maxLength within what the API takes, and defaults what is not a number', () => {
    expect(parseRoute('/explore/neighbourhood/Regency:36.04', '?depth=9')).toMatchObject({ depth: 3 });
    expect(parseRoute('/explore/neighbourhood/Regency:36.04', '?depth=0')).toMatchObject({ depth: 1 });
    expect(parseRoute('/explore/neighbourhood/Regency:36.04', '?depth=two')).toMatchObject({ depth: 1 });
    expect(parseRoute('/explore/path', '?maxLength=50')).toMatchObject({ maxLength: 10 });
  });

  it.each(['/explorer', '/explore/planet/earth', '/explore/regency', '/explore/neighbourhood/nothing', '/explore/diffusion', '/explore/regency/%E0%A4%A'])(
    'has no page at %s',
    (path) => {
      expect(parseRoute(path)).toEqual({ view: 'notFound', path });
    },
  );

  it('reads labels in any case, as the API may spell them', () => {
    expect(labelOf('REGENCY')).toBe('Regency');
    expect(labelOf('official')).toBe('Official');
    expect(labelOf('Planet')).toBeUndefined();
    expect(parseRef('Program:35.10-tourism-development-programs')).toEqual({ label: 'Program', key: '35.10-tourism-development-programs' });
    expect(parseRef('Regency:')).toBeUndefined();
    expect(parseRef('36.04')).toBeUndefined();
    expect(entityHref('Official:ratu-tatu-chasanah')).toBe('/explore/official/ratu-tatu-chasanah');
  });
});
