/**
 * The explorer's URLs: every view has one, so it can be shared, bookmarked and reached
 * with back and forward. Pure: no DOM, so the unit tests run it under Node.
 */

/** Where the explorer is served. */
export const BASE = '/explore';

/** The node labels of the graph, as the API spells them in references ("Regency:36.04"). */
export const LABELS = [
  'Province', 'Regency', 'District', 'Village', 'Island',
  'Official', 'Agency', 'Program', 'Agreement', 'Source', 'Sector', 'Claim',
] as const;
export type Label = (typeof LABELS)[number];

/** The label of a name in any case ("REGENCY", "regency"), or undefined for an unknown one. */
export function labelOf(name: string): Label | undefined {
  const lower = name.toLowerCase();
  return LABELS.find((label) => label.toLowerCase() === lower);
}

export type Route =
  | { view: 'home' }
  | { view: 'entity'; label: Label; key: string }
  | { view: 'neighbourhood'; ref: string; depth: number }
  | { view: 'path'; from: string; to: string; maxLength: number }
  | { view: 'diffusion'; programId: string }
  | { view: 'network'; province: string; sector: string; fromYear: string; toYear: string }
  | { view: 'islands'; regencyCode: string }
  | { view: 'notFound'; path: string };

export const DEFAULT_DEPTH = 1;
export const DEFAULT_MAX_LENGTH = 6;

/** "Official:ratu-tatu-chasanah" to its label and key; undefined when it is not a reference. */
export function parseRef(ref: string): { label: Label; key: string } | undefined {
  const colon = ref.indexOf(':');
  if (colon < 1 || colon === ref.length - 1) return undefined;
  const label = labelOf(ref.slice(0, colon));
  return label ? { label, key: ref.slice(colon + 1) } : undefined;
}

export function formatRef(label: Label, key: string): string {
  return `${label}:${key}`;
}

/** A whole number within [min, max], or the fallback when the text is not one. */
function boundedInt(text: string | null, min: number, max: number, fallback: number): number {
  if (text === null || !/^\d+$/.test(text)) return fallback;
  return Math.min(max, Math.max(min, Number(text)));
}

/** Reads a location (path and query string) as a route. */
export function parseRoute(pathname: string, search = ''): Route {
  const params = new URLSearchParams(search);
  const trimmed = pathname.replace(/\/+$/, '');
  if (trimmed !== BASE && !trimmed.startsWith(`${BASE}/`)) return { view: 'notFound', path: pathname };
  const parts = trimmed.slice(BASE.length).split('/').filter(Boolean).map(safeDecode);
  if (parts.some((part) => part === undefined)) return { view: 'notFound', path: pathname };
  const [head, ...rest] = parts as string[];
  const tail = rest.join('/');
  if (head === undefined) return { view: 'home' };
  switch (head) {
    case 'neighbourhood':
      return parseRef(tail) ? { view: 'neighbourhood', ref: tail, depth: boundedInt(params.get('depth'), 1, 3, DEFAULT_DEPTH) } : notFound(pathname);
    case 'path':
      return {
        view: 'path',
        from: params.get('from') ?? '',
        to: params.get('to') ?? '',
        maxLength: boundedInt(params.get('maxLength'), 1, 10, DEFAULT_MAX_LENGTH),
      };
    case 'diffusion':
      return tail ? { view: 'diffusion', programId: tail } : notFound(pathname);
    case 'network':
      return {
        view: 'network',
        province: params.get('province') ?? '',
        sector: params.get('sector') ?? '',
        fromYear: params.get('from') ?? '',
        toYear: params.get('to') ?? '',
      };
    case 'islands':
      return tail ? { view: 'islands', regencyCode: tail } : notFound(pathname);
    default: {
      const label = labelOf(head);
      return label && tail ? { view: 'entity', label, key: tail } : notFound(pathname);
    }
  }
}

function notFound(path: string): Route {
  return { view: 'notFound', path };
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** A query string of the non-empty values, in the order given; "" when all are empty. */
function query(values: Array<[string, string | number]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of values) if (value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The URL of a route; parseRoute(routeHref(r)) gives r back. */
export function routeHref(route: Route): string {
  switch (route.view) {
    case 'home':
      return BASE;
    case 'entity':
      return `${BASE}/${route.label.toLowerCase()}/${encodeURIComponent(route.key)}`;
    case 'neighbourhood':
      return `${BASE}/neighbourhood/${encodeURIComponent(route.ref)}${query([['depth', route.depth]])}`;
    case 'path':
      return `${BASE}/path${query([['from', route.from], ['to', route.to], ['maxLength', route.maxLength === DEFAULT_MAX_LENGTH ? '' : route.maxLength]])}`;
    case 'diffusion':
      return `${BASE}/diffusion/${encodeURIComponent(route.programId)}`;
    case 'network':
      return `${BASE}/network${query([['province', route.province], ['sector', route.sector], ['from', route.fromYear], ['to', route.toYear]])}`;
    case 'islands':
      return `${BASE}/islands/${encodeURIComponent(route.regencyCode)}`;
    case 'notFound':
      return route.path;
  }
}

/** The entity page of a reference ("Regency:36.04" → /explore/regency/36.04). */
export function entityHref(ref: string): string {
  const parsed = parseRef(ref);
  return parsed ? routeHref({ view: 'entity', ...parsed }) : routeHref({ view: 'home' });
}
