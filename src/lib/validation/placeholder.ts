/** The mark `npm run new` leaves where an editor still has to write something; the check finds every one. */
export const PLACEHOLDER = '[VUL IN';

export const placeholder = (hint: string) => `${PLACEHOLDER}: ${hint}]`;

export const isPlaceholder = (value: unknown): value is string => typeof value === 'string' && value.includes(PLACEHOLDER);
