/** Small helpers for putting codes into words on screen. */

/** "time entry" → "Time entry". */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A code's words: `time_entry` → "time entry". */
export const codeWords = (code: string): string => code.replace(/_/g, ' ');
