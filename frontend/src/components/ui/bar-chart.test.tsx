import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { BarChart } from './bar-chart';

describe('BarChart', () => {
  it('givesTheSameNumbersAsATableAndHidesThePicture', () => {
    const { container } = render(
      <BarChart
        title="Seats by sector"
        categoryHeader="Sector"
        valueHeader="Seats"
        bars={[
          { key: 'BUSINESS', label: 'Business', value: 4 },
          { key: 'CHAMBER', label: 'Chamber', value: 0 },
        ]}
      />,
    );

    expect(screen.getByRole('figure', { name: 'Seats by sector' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Seats by sector' });
    expect(within(table).getByRole('columnheader', { name: 'Sector' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Business 4' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Chamber 0' })).toBeInTheDocument();
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });
});
