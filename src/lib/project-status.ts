/**
 * A project's status carries when and according to whom it held ("lopend
 * volgens de actielijn …, die het in 2022–2023 wilde voortzetten"). A running
 * or planned status without that note says it has no date, so no page presents
 * an old plan as today's state.
 */
import { LABELS, type ProjectStatus } from './content-model.ts';
import { formatDate } from './nl.ts';

export const UNDATED_STATUS = 'niet bekend sinds of tot wanneer';

/** A project's own start and end dates: when given, they say when the status holds. */
export interface ProjectPeriod {
  start?: Date;
  end?: Date;
}

/**
 * The words after the status label: the note; else the project's own dates ("van 15 januari 2026 tot 31
 * december 2027", never "niet bekend sinds of tot wanneer" above those dates, helper-37); else that it has no
 * date. Nothing for a finished project without a note.
 */
export function statusNote(status: ProjectStatus, note?: string, period: ProjectPeriod = {}): string | undefined {
  if (note !== undefined || status === 'afgerond') return note;
  const { start, end } = period;
  if (start && end) return `van ${formatDate(start)} tot ${formatDate(end)}`;
  if (start) return `sinds ${formatDate(start)}`;
  if (end) return `tot ${formatDate(end)}`;
  return UNDATED_STATUS;
}

/** The status with its note as one phrase, for structured data: "Lopend, niet bekend sinds of tot wanneer". */
export function statusInWords(status: ProjectStatus, note?: string, period: ProjectPeriod = {}): string {
  const words = statusNote(status, note, period);
  return words ? `${LABELS.status[status]}, ${words}` : LABELS.status[status];
}

/**
 * A status note on the page of the action line it cites: "volgens de actielijn
 * Iedereen doet mee, die …" reads "volgens deze actielijn, die …" there, so a
 * list of its projects does not repeat its name on every card.
 */
export function noteOnOwnPage(note: string | undefined, actionLine: string): string | undefined {
  return note?.replace(`de actielijn ${actionLine}`, 'deze actielijn');
}
