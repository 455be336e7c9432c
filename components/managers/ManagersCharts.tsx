import { t } from '../../lib/i18n/t';
import { DECISION_PROMPT_ID } from '../../lib/prompts/outcomes';
import { groupRows, isExact, mid, rate, totalRow, type CombinedRow, type Range } from '../../lib/record/summary-combine';
import type { SummaryRow } from '../../lib/record/summary-file';
import { formatMonth } from '../../lib/i18n/dates';
import { codeLabel, groupLabel, promptLabel, roleLabel } from '../record/labels';
import { promptOrder } from '../record/OutcomeTables';
import { BarChart } from './BarChart';
import { FigureTable } from './FigureTable';
import { countOf, percent, rateText } from './format';

function anyApprox(rows: CombinedRow[]): boolean {
  return rows.some(
    (r) =>
      !isExact(r.casesRecognised) ||
      !isExact(r.casesWithDecision) ||
      !isExact(r.ordersMade) ||
      Object.values(r.outcomes).some((o) => Object.values(o).some((x) => !isExact(x))) ||
      Object.values(r.declinesByReason).some((x) => !isExact(x)),
  );
}

function Figure({ id, heading, children, approx }: { id: string; heading: string; children: React.ReactNode; approx?: boolean }) {
  return (
    <section className="rec-section mi-figure" aria-labelledby={id}>
      <h2 id={id} className="rec-h2">
        {heading}
      </h2>
      {children}
      {approx ? <p className="rec-hint">{t('mi_approx')}</p> : null}
    </section>
  );
}

function ByMonth({ rows }: { rows: SummaryRow[] }) {
  const months = groupRows(rows, 'month');
  return (
    <Figure id="mi-month-h" heading={t('mi_chart_rate_heading')} approx={anyApprox(months)}>
      <p className="rec-hint">{t('mi_chart_rate_desc')}</p>
      <BarChart
        testId="mi-chart-month"
        series={[t('mi_rate_decisions'), t('mi_rate_orders')]}
        max={1}
        groups={months.map((m) => ({
          label: formatMonth(m.month),
          bars: [
            { series: 0, value: rate(m.casesWithDecision, m.casesRecognised) ?? 0, text: rateText(m.casesWithDecision, m.casesRecognised) },
            { series: 1, value: rate(m.ordersMade, m.casesRecognised) ?? 0, text: rateText(m.ordersMade, m.casesRecognised) },
          ],
        }))}
      />
      <FigureTable
        testId="mi-table-month"
        caption={t('mi_table_behind')}
        columns={[t('mi_col_month'), t('mi_fig_cases'), t('mi_fig_decisions'), t('mi_fig_orders'), t('mi_col_decision_rate'), t('mi_col_order_rate')]}
        rows={months.map((m) => ({
          key: m.month,
          cells: [
            formatMonth(m.month),
            countOf(m.casesRecognised),
            countOf(m.casesWithDecision),
            countOf(m.ordersMade),
            rateText(m.casesWithDecision, m.casesRecognised),
            rateText(m.ordersMade, m.casesRecognised),
          ],
        }))}
      />
    </Figure>
  );
}

function CountBars({ id, heading, column, items, testId }: { id: string; heading: string; column: string; items: [string, Range][]; testId: string }) {
  const max = Math.max(1, ...items.map(([, r]) => mid(r)));
  return (
    <Figure id={id} heading={heading} approx={items.some(([, r]) => !isExact(r))}>
      {items.length === 0 ? (
        <p className="rec-body">{t('mi_no_rows')}</p>
      ) : (
        <>
          <BarChart testId={`${testId}-chart`} max={max} groups={items.map(([label, r]) => ({ label, bars: [{ series: 0, value: mid(r), text: countOf(r) }] }))} />
          <FigureTable
            testId={`${testId}-table`}
            caption={t('mi_table_behind')}
            columns={[column, t('mi_col_cases')]}
            rows={items.map(([label, r]) => ({ key: label, cells: [label, countOf(r)] }))}
          />
        </>
      )}
    </Figure>
  );
}

function Breakdown({ rows, by }: { rows: SummaryRow[]; by: 'offenceGroup' | 'role' }) {
  const groups = groupRows(rows, by);
  const label = by === 'offenceGroup' ? groupLabel : roleLabel;
  return (
    <FigureTable
      testId={`mi-table-${by}`}
      caption={by === 'offenceGroup' ? t('mi_by_group_heading') : t('mi_by_role_heading')}
      columns={[by === 'offenceGroup' ? t('mi_col_group') : t('mi_col_role'), t('mi_fig_cases'), t('mi_fig_decisions'), t('mi_fig_orders'), t('mi_fig_seen'), t('mi_fig_deferrals')]}
      rows={groups.map((g) => ({
        key: g[by],
        cells: [label(g[by]), countOf(g.casesRecognised), countOf(g.casesWithDecision), countOf(g.ordersMade), countOf(g.ordersSeenOnPage), countOf(g.deferrals)],
      }))}
    />
  );
}

/** Every chart with the table behind it, for the rows that pass the page's filter. */
export function ManagersCharts({ rows }: { rows: SummaryRow[] }) {
  const total = totalRow(rows);
  const decision = Object.entries(total.outcomes[DECISION_PROMPT_ID] ?? {}).map(([code, r]) => [codeLabel('outcome', code), r] as [string, Range]);
  const reasons = Object.entries(total.declinesByReason).map(([code, r]) => [codeLabel('reason', code), r] as [string, Range]);
  const others = promptOrder(Object.keys(total.outcomes)).filter((p) => p !== DECISION_PROMPT_ID);
  return (
    <>
      <p className="rec-headline" data-testid="mi-headline">
        {t('mi_headline', [countOf(total.ordersMade), countOf(total.casesRecognised)])}
      </p>
      <p className="rec-body">
        {t('mi_fig_decisions')}: {countOf(total.casesWithDecision)} ({percent(rate(total.casesWithDecision, total.casesRecognised))}) · {t('mi_fig_seen')}:{' '}
        {countOf(total.ordersSeenOnPage)} · {t('mi_fig_deferrals')}: {countOf(total.deferrals)}
      </p>
      <ByMonth rows={rows} />
      <CountBars id="mi-outcomes-h" testId="mi-outcomes" heading={t('mi_chart_outcomes_heading')} column={t('mi_col_outcome')} items={decision} />
      <CountBars id="mi-reasons-h" testId="mi-reasons" heading={t('mi_chart_reasons_heading')} column={t('mi_col_reason')} items={reasons} />
      <Figure id="mi-others-h" heading={t('mi_other_prompts_heading')}>
        <FigureTable
          testId="mi-table-others"
          caption={t('mi_outcomes_caption')}
          columns={[t('mi_col_prompt'), t('mi_col_outcome'), t('mi_col_cases')]}
          rows={others.flatMap((p) =>
            Object.entries(total.outcomes[p] ?? {}).map(([code, r]) => ({ key: `${p}|${code}`, cells: [promptLabel(p), codeLabel('outcome', code), countOf(r)] })),
          )}
        />
      </Figure>
      <section className="rec-section" aria-labelledby="mi-breakdown-h">
        <h2 id="mi-breakdown-h" className="rec-h2">
          {t('mi_by_group_heading')} · {t('mi_by_role_heading')}
        </h2>
        <Breakdown rows={rows} by="offenceGroup" />
        <Breakdown rows={rows} by="role" />
      </section>
    </>
  );
}
