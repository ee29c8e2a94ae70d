/* eslint-disable no-script-url -- the point of these tests is script URLs */
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { SafeMarkdown, safeUrl } from './SafeMarkdown';

describe('SafeMarkdown', () => {
  it('renders Markdown', async () => {
    await renderInTestApp(
      <SafeMarkdown content="Rolled back **cart-service**, see [the runbook](https://runbooks.example/cart)" />,
    );
    expect(screen.getByText('cart-service').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: /the runbook/ })).toHaveAttribute(
      'href',
      'https://runbooks.example/cart',
    );
  });

  it('never renders a javascript: link', async () => {
    const { container } = await renderInTestApp(
      <SafeMarkdown
        content={[
          '[x](javascript:alert(1))',
          '[upper](JAVASCRIPT:alert(1))',
          '[tab](java%09script:alert(1))',
          '[data](data:text/html;base64,PHNjcmlwdD4=)',
          '[proto](//evil.example/x)',
          '<javascript:alert(1)>',
        ].join('\n\n')}
      />,
    );
    for (const anchor of Array.from(container.querySelectorAll('a'))) {
      const href = anchor.getAttribute('href') ?? '';
      expect(href.replace(/\s/g, '').toLowerCase()).not.toMatch(
        /^(javascript|data|vbscript):|^\/\//,
      );
    }
    // The text is kept, without the link.
    expect(screen.getByText('x')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'x' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'data' }),
    ).not.toBeInTheDocument();
  });

  it('shows raw HTML as text instead of rendering it', async () => {
    const { container } = await renderInTestApp(
      <SafeMarkdown
        content={
          'before <img src=x onerror=alert(1)> after\n\n<script>alert(2)</script>'
        }
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('drops images whose source could run script', async () => {
    const { container } = await renderInTestApp(
      <SafeMarkdown content="![chart](javascript:alert(1)) ![ok](https://grafana.example/p.png)" />,
    );
    const sources = Array.from(container.querySelectorAll('img')).map(
      img => img.getAttribute('src') ?? '',
    );
    expect(sources).toContain('https://grafana.example/p.png');
    expect(sources.filter(src => /^\s*javascript:/i.test(src))).toEqual([]);
  });
});

describe('safeUrl', () => {
  it.each([
    'https://example.com/x',
    'http://example.com',
    'mailto:sre@northwind.example',
    'tel:+15555550100',
    '#timeline',
    '/catalog/default/component/cart-service',
    './relative',
    '../up',
    'page?x=1',
  ])('keeps %s', url => {
    expect(safeUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    'file:///etc/passwd',
  ])('drops %j', url => {
    expect(safeUrl(url)).toBe('');
  });
});
