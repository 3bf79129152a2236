import { loadConfig } from '../../src/config';
import { corsHeaders, isOriginAllowed } from '../../src/http/cors';

describe('CORS_ORIGINS', () => {
  it('defaults to any origin', () => {
    expect(loadConfig({}).http.corsOrigins).toBe('*');
    expect(loadConfig({ CORS_ORIGINS: ' * ' }).http.corsOrigins).toBe('*');
  });

  it('reads a comma-separated list of origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.org, http://localhost:5173' }).http.corsOrigins).toEqual([
      'https://app.example.org',
      'http://localhost:5173',
    ]);
  });

  it('refuses anything but origins, with a sentence naming the variable', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.org/page' })).toThrow(
      'CORS_ORIGINS must be * or a comma-separated list of origins such as https://app.example.org (scheme, host and port only), but it contains "https://app.example.org/page".',
    );
    expect(() => loadConfig({ CORS_ORIGINS: 'app.example.org' })).toThrow(/^CORS_ORIGINS must be/);
  });
});

describe('CORS headers', () => {
  it('allow any origin with *, never with credentials', () => {
    const headers = corsHeaders('*', 'https://anywhere.example');
    expect(headers['access-control-allow-origin']).toBe('*');
    expect(headers).not.toHaveProperty('access-control-allow-credentials');
  });

  it('echo a listed origin, with credentials, and vary by origin', () => {
    expect(corsHeaders(['https://app.example.org'], 'https://app.example.org')).toMatchObject({
      'access-control-allow-origin': 'https://app.example.org',
      'access-control-allow-credentials': 'true',
      vary: 'Origin',
    });
  });

  it('give an unlisted origin nothing but Vary', () => {
    expect(corsHeaders(['https://app.example.org'], 'https://evil.example')).toEqual({ vary: 'Origin' });
    expect(isOriginAllowed(['https://app.example.org'], 'https://evil.example')).toBe(false);
    expect(isOriginAllowed(['https://app.example.org'], undefined)).toBe(true);
  });
});
