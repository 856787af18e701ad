/**
 * What `npm run check` prints, as one text: the advice first (photos and
 * headings, spelling, scheduled news), then the problems and what to do about
 * them, so the last thing on the screen is what must change. With problems
 * nothing follows "Wat nu" (the type check waits for clean content).
 */
import { CHECK_NEXT_STEP } from './messages.ts';
import { formatProblem, formatReport, type Problem } from './problem.ts';

export interface CheckOutcome {
  problems: readonly Problem[];
  /** Photo and heading advice. */
  warnings: readonly Problem[];
  spelling: readonly Problem[];
  /** Lines for the news scheduled for a later day. */
  scheduled: readonly string[];
  files: number;
}

export function checkReport({ problems, warnings, spelling, scheduled, files }: CheckOutcome): string {
  const parts: string[] = [];
  if (warnings.length) parts.push(`Advies (dit houdt niets tegen):\n\n${warnings.map(formatProblem).join('\n')}`);
  if (spelling.length) parts.push(`Spelling (advies; dit houdt niets tegen):\n\n${spelling.map(formatProblem).join('\n')}`);
  if (scheduled.length) parts.push(`Gepland (gaat vanzelf online bij de dagelijkse build op die dag):\n${scheduled.map((line) => `  ${line}`).join('\n')}`);
  parts.push(problems.length ? `Inhoud:\n\n${formatReport(problems)}\n\n${CHECK_NEXT_STEP}` : `Inhoud: ${files} bestanden gecontroleerd, geen problemen.`);
  return `${parts.join('\n\n')}\n`;
}
