import type { PaginationInfo } from '@/components/ui/pagination';

export const INVOICE_STATUSES = ['draft', 'sent', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** An invoice in a list (GET /invoices): no lines, no payments. Amounts are numbers in `currency`. */
export interface InvoiceSummary {
  id: number;
  number: string;
  client_id: number | null;
  project_id: number | null;
  status: InvoiceStatus;
  currency: string;
  issue_date: string;
  due_date: string | null;
  period_start: string | null;
  period_end: string | null;
  tax_rate: number;
  subtotal: number;
  tax_amount: number;
  total: number;
  amount_paid: number;
  balance: number;
  notes: string;
  created_by: number | null;
  created_at: string;
  sent_at: string | null;
  paid_at: string | null;
  voided_at: string | null;
}

export interface InvoiceLine {
  id: number;
  position: number;
  description: string;
  quantity: number;
  unit_price: number;
  amount: number;
  time_entry_id: number | null;
  expense_id: number | null;
}

export interface Payment {
  id: number;
  amount: number;
  paid_on: string;
  method: string;
  note: string;
  recorded_by: number | null;
  created_at: string;
}

/** GET /invoices/{id}: the summary with names, lines and payments. */
export interface Invoice extends InvoiceSummary {
  client: { id: number; name: string } | null;
  project: { id: number; name: string } | null;
  lines: InvoiceLine[];
  payments: Payment[];
}

export interface InvoiceList {
  invoices: InvoiceSummary[];
  pagination: PaginationInfo;
}

export interface InvoiceFilter {
  status?: InvoiceStatus;
  page: number;
}

/** POST /invoices/from-time-entries: exactly one of project_id and client_id. */
export interface FromTimeBody {
  project_id?: number;
  client_id?: number;
  start_date: string;
  end_date: string;
  include_expenses?: boolean;
  only_approved?: boolean;
  tax_rate?: number;
  due_date?: string | null;
  notes?: string;
}

export interface PaymentBody {
  amount: number;
  paid_on?: string;
  method?: string;
  note?: string;
}
