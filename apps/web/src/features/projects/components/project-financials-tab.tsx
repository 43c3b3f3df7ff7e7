import type { ReactNode } from 'react';
import { QueryState } from '@/components/ui/query-state';
import { useAccess } from '@/lib/access';
import { useProjectFinancials } from '../api/get-project-financials';
import type { Project, ProjectFinancials } from '../api/types';
import { BudgetBurnChart } from './budget-burn-chart';
import { BudgetConsumption } from './budget-consumption';
import { FigureCard } from './figure-card';
import { FinancialsForm } from './financials-form';
import { formatHourCount } from '@/lib/duration';
import { formatMoney } from '@/lib/money';

function budgetText(f: ProjectFinancials): string {
  const parts = [
    f.budget_amount !== null ? formatMoney(f.budget_amount, f.currency) : null,
    f.budget_hours !== null ? formatHourCount(f.budget_hours) : null,
  ];
  return parts.filter(Boolean).join(' · ') || 'None';
}

function RatesAndBudget({ financials: f }: { financials: ProjectFinancials }) {
  return (
    <dl className="grid gap-3 sm:grid-cols-4">
      <FigureCard label="Hourly rate">{f.hourly_rate !== null ? formatMoney(f.hourly_rate, f.currency) : 'None'}</FigureCard>
      <FigureCard label="Cost rate">{f.cost_rate !== null ? formatMoney(f.cost_rate, f.currency) : 'None'}</FigureCard>
      <FigureCard label="Budget">{budgetText(f)}</FigureCard>
      <FigureCard label="Currency">{f.currency}</FigureCard>
    </dl>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-base font-semibold text-fg">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * Shown from the view_financials level (project-tabs.tsx); everything here comes from
 * GET /projects/{id}/financials. The edit form needs edit_financials and the account permission.
 */
export function ProjectFinancialsTab({ project, canEdit }: { project: Project; canEdit: boolean }) {
  const account = useAccess();
  const mayEdit = canEdit && account.can({ anyOf: ['edit_projects', 'manage_project_costs'] });
  const financials = useProjectFinancials(project.id);
  return (
    <div className="space-y-6">
      <QueryState query={financials} loadingLabel="Loading the financials…">
        {(f) => (
          <>
            <RatesAndBudget financials={f} />
            <Section id="consumption-heading" title="Budget consumption">
              <BudgetConsumption financials={f} />
            </Section>
            <Section id="burn-heading" title="Budget burn">
              <BudgetBurnChart financials={f} />
            </Section>
          </>
        )}
      </QueryState>
      {mayEdit ? (
        <Section id="edit-financials-heading" title="Edit financials">
          <FinancialsForm project={project} />
        </Section>
      ) : canEdit ? (
        <p className="text-sm text-fg-muted">
          Your project level allows editing rates and budget, but your account also needs the edit_projects or manage_project_costs
          permission.
        </p>
      ) : null}
    </div>
  );
}
