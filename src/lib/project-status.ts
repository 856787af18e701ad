/**
 * A project's status carries when and according to whom it held ("lopend
 * volgens de actielijn …, die het in 2022–2023 wilde voortzetten"). A running
 * or planned status without that note says it has no date, so no page presents
 * an old plan as today's state.
 */
import { LABELS, type ProjectStatus } from './content-model.ts';

export const UNDATED_STATUS = 'niet bekend sinds of tot wanneer';

/** The words after the status label, or nothing for a finished project without a note. */
export function statusNote(status: ProjectStatus, note?: string): string | undefined {
  return note ?? (status === 'afgerond' ? undefined : UNDATED_STATUS);
}

/** The status with its note as one phrase, for structured data: "Lopend, niet bekend sinds of tot wanneer". */
export function statusInWords(status: ProjectStatus, note?: string): string {
  const words = statusNote(status, note);
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
