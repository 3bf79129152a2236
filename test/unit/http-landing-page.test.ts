import { EXPLORER_LINK, addExplorerLink } from '../../src/http/landing-page';

describe("the landing page's link to GraphiQL", () => {
  it("goes last into Apollo's offline notice, with a style under the page's CSP nonce", () => {
    const page = '<style nonce=abc123>x</style><div class="fallback">\n  <p>offline</p>\n</div><div id="embeddableSandbox"></div>';
    const html = addExplorerLink(page);
    expect(html).toContain(`<p>offline</p>\n  ${EXPLORER_LINK}\n</div>`);
    expect(html).toContain('<style nonce="abc123">#embeddableSandbox:empty { pointer-events: none; }</style>');
  });

  it('goes at the end of a page without the notice', () => {
    expect(addExplorerLink('<p>other</p>')).toBe(`<p>other</p>\n${EXPLORER_LINK}`);
  });
});
