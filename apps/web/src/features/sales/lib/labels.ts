import type { BadgeTone } from '@/components/ui/badge';
import { parseAmount } from '@/lib/money';
import type { DealStatus, LeadStatus } from '../api/types';

export const LEAD_STATUS: Record<LeadStatus, { label: string; tone: BadgeTone }> = {
  new: { label: 'New', tone: 'blue' },
  contacted: { label: 'Contacted', tone: 'indigo' },
  qualified: { label: 'Qualified', tone: 'yellow' },
  lost: { label: 'Lost', tone: 'gray' },
  converted: { label: 'Converted', tone: 'green' },
};

/** The statuses one sets by hand; `converted` comes only from converting the lead. */
export const MANUAL_LEAD_STATUSES = ['new', 'contacted', 'qualified', 'lost'] as const satisfies readonly LeadStatus[];

export const DEAL_STATUS: Record<DealStatus, { label: string; tone: BadgeTone }> = {
  open: { label: 'Open', tone: 'blue' },
  won: { label: 'Won', tone: 'green' },
  lost: { label: 'Lost', tone: 'gray' },
};

/** A money field's text → the API's amount: null for empty, undefined when it is not an amount. */
export function amountFromText(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  return parseAmount(text) ?? undefined;
}
