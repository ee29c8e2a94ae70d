import { MarkdownContent } from '@backstage/core-components';

/** Link targets that cannot run code: the web, mail, phone, and links within the app. */
const SAFE_URL =
  /^(?:https?:|mailto:|tel:|#|\/(?!\/)|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;

/**
 * Keeps a link or image target only when it is safe. Anything else (`javascript:`,
 * `data:`, `vbscript:`, protocol-relative `//host`) becomes an empty target, which the
 * Markdown renderer shows as plain text instead of a link.
 */
export function safeUrl(url: string): string {
  // Browsers ignore control characters and whitespace inside a scheme
  // (`java\tscript:`), so they must not hide one from the check either.
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return SAFE_URL.test(compact) ? url.trim() : '';
}

/** @public */
export type SafeMarkdownProps = {
  content: string;
  className?: string;
};

/**
 * Markdown written by people, rendered without raw HTML (it shows as text) and without
 * links or images that could run script.
 *
 * @public
 */
export function SafeMarkdown(props: SafeMarkdownProps) {
  return (
    <MarkdownContent
      // CommonMark, unlike the gfm dialect, does not parse raw HTML into elements.
      dialect="common-mark"
      content={props.content}
      className={props.className}
      transformLinkUri={safeUrl}
      transformImageUri={safeUrl}
    />
  );
}
