/** The content check's GitHub output: workflow commands escaped as GitHub requires, changed files first, a Markdown summary. */
import { describe, expect, it } from 'vitest';
import { annotation, changedFiles, changedFirst, escapeData, escapeProperty, stepSummary } from '../../src/lib/validation/github.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';

const problem = (file: string, line: number, field: string, message: string): Problem => ({ file, line, field, message });

describe('workflow commands', () => {
  it('escape %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('100% klaar\r\nvolgende regel')).toBe('100%25 klaar%0D%0Avolgende regel');
    expect(escapeProperty('figures[1].value: 3, of 4')).toBe('figures[1].value%3A 3%2C of 4');
  });
  it('put a problem on its file and line, with the field as title', () => {
    expect(annotation('error', problem('content/news/bericht.md', 4, 'date', 'gevonden: "29-11-2023"; verwacht een datum als 2023-11-29 (jaar-maand-dag)'))).toBe(
      '::error file=content/news/bericht.md,line=4,title=date::gevonden: "29-11-2023"; verwacht een datum als 2023-11-29 (jaar-maand-dag)',
    );
    expect(annotation('warning', problem('content/a,b.md', 1, 'x:y', '50%'))).toBe('::warning file=content/a%2Cb.md,line=1,title=x%3Ay::50%25');
  });
});

describe('changed files first', () => {
  const problems = [problem('content/a.md', 1, 'title', 'x'), problem('content/b.md', 2, 'date', 'y'), problem('content/c.md', 3, 'tags', 'z'), problem('content/b.md', 5, 'category', 'w')];
  it('keeps each group in order', () => {
    expect(changedFirst(problems, new Set(['content/b.md'])).map((p) => `${p.file}:${p.line}`)).toEqual(['content/b.md:2', 'content/b.md:5', 'content/a.md:1', 'content/c.md:3']);
  });
  it('reads the changed files from CHANGED_FILES, and finds none without it or a base branch', () => {
    expect(changedFiles({ CHANGED_FILES: 'content/b.md\ncontent/c.md\n' }, process.cwd())).toEqual(new Set(['content/b.md', 'content/c.md']));
    expect(changedFiles({}, process.cwd())).toEqual(new Set());
  });
});

describe('the job summary', () => {
  it('is a Markdown table of file, line, field, found and expected, with | and line breaks made safe', () => {
    const summary = stepSummary([problem('content/news/a.md', 4, 'date', 'gevonden: "29|11"; verwacht een datum'), problem('content/news/b.md', 1, 'bestand', 'wordt niet gelezen; verwacht een bestand .md')]);
    expect(summary).toContain('2 problemen in 2 bestanden.');
    expect(summary).toContain('| bestand | regel | veld | gevonden | verwacht |');
    expect(summary).toContain('| ` content/news/a.md ` | 4 | ` date ` | "29\\|11" | verwacht een datum |');
    expect(summary).toContain('| ` content/news/b.md ` | 1 | ` bestand ` | wordt niet gelezen | verwacht een bestand .md |');
    expect(stepSummary([])).toContain('Geen problemen gevonden.');
  });
  it('shows what an editor wrote as text: no HTML, link, emphasis or mention, and the table stays whole', async () => {
    const { renderedComment } = await import('../helpers/github-markdown.ts');
    const hostile = problem('content/news/a|<img src=x>.md', 2, 'title', 'gevonden: "**vet** <img src=x onerror=alert(1)> [klik](https://evil.example) @octocat | x"; verwacht minstens 5 tekens');
    const html = renderedComment(stepSummary([hostile]));
    expect(html.elements('img')).toEqual([]);
    expect(html.elements('strong')).toEqual([]);
    expect(html.elements('a')).toEqual([]);
    expect(html.textOutsideCode()).not.toContain('@octocat');
    expect(html.elements('td').map((td) => td.text)).toEqual([
      'content/news/a|<img src=x>.md',
      '2',
      'title',
      '"**vet** <img src=x onerror=alert(1)> [klik](https:\u200b//evil.example) @\u200boctocat | x"',
      'verwacht minstens 5 tekens',
    ]);
  });
  it('fills found and expected for every kind of message', () => {
    const summary = stepSummary([problem('content/news/a.md', 1, 'inhoud', 'gevonden: <meta> (doorsturen); verwacht gewone tekst')]);
    expect(summary).toContain('| \\<meta\\> (doorsturen) | verwacht gewone tekst |');
  });
});
