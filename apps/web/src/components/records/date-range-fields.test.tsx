import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DateRangeFields } from './date-range-fields';
import { PeriodFilter } from './period-filter';

describe('date ranges are never reversed', () => {
  it('a list filter keeps an end before the start in its fields, says so there, and does not apply it', () => {
    const onChange = vi.fn();
    render(<PeriodFilter value={{ start_date: '2026-12-01', end_date: '2026-12-07' }} onChange={onChange} />);
    const to = screen.getByLabelText('To');
    expect(to.getAttribute('min')).toBe('2026-12-01');
    expect(screen.getByLabelText('From').getAttribute('max')).toBe('2026-12-07');

    fireEvent.change(to, { target: { value: '2026-11-20' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/^Ends before it starts: pick .+ or later\.$/)).toBeTruthy();

    fireEvent.change(to, { target: { value: '2026-12-10' } });
    expect(onChange).toHaveBeenCalledWith({ start_date: '2026-12-01', end_date: '2026-12-10' });
    expect(screen.queryByText(/Ends before it starts/)).toBeNull();
  });

  it('an emptied day is asked for, not sent', () => {
    const onChange = vi.fn();
    render(<PeriodFilter value={{ start_date: '2026-12-01', end_date: '2026-12-07' }} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText('Pick the first day.')).toBeTruthy();
  });

  it("a form shows its own errors beside the range, after the range's own", () => {
    render(
      <DateRangeFields
        start="2026-12-05"
        end="2026-12-01"
        onStartChange={() => {}}
        onEndChange={() => {}}
        startError="From the API"
        endError="Also from the API"
      />,
    );
    expect(screen.getByText('From the API')).toBeTruthy();
    expect(screen.getByText(/Ends before it starts/)).toBeTruthy();
    expect(screen.queryByText('Also from the API')).toBeNull();
  });
});
