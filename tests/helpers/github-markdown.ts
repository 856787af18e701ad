/**
 * GitHub-flavoured Markdown as a reader of a comment or job summary sees it:
 * rendered with GFM (tables, autolinks, raw HTML passed through, as GitHub
 * passes a safe subset of it), then read back as HTML.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { markdownToHtml } from 'satteri';

export function renderedComment(markdown: string) {
  const root = parse(markdownToHtml(markdown, { features: { gfm: true } }).html);
  return {
    html: root.toString(),
    elements: (selector: string) => root.querySelectorAll(selector).map((e: HTMLElement) => ({ text: e.text, attributes: e.attributes })),
    /** The text a reader sees outside code: where GitHub would link an @mention or a bare address. */
    textOutsideCode(): string {
      const copy = parse(root.toString());
      for (const code of copy.querySelectorAll('code')) code.remove();
      return copy.text;
    },
  };
}
