import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { CheckboxGroupField } from './choice-group';

function Group({ initial }: { initial: string[] }) {
  const [values, setValues] = useState(initial);
  return (
    <>
      <CheckboxGroupField
        legend="Fields"
        name="fields"
        values={values}
        options={[
          { value: 'A', label: 'Alpha' },
          { value: 'B', label: 'Beta' },
        ]}
        onChange={setValues}
      />
      <output>{values.join(',')}</output>
    </>
  );
}

describe('CheckboxGroupField', () => {
  it('keepsTheOptionsOrderAndValuesItHasNoBoxFor', async () => {
    const user = userEvent.setup();
    render(<Group initial={['B', 'LOADING']} />);

    await user.click(screen.getByRole('checkbox', { name: 'Alpha' }));
    expect(screen.getByRole('status')).toHaveTextContent('A,B,LOADING');

    await user.click(screen.getByRole('checkbox', { name: 'Beta' }));
    expect(screen.getByRole('status')).toHaveTextContent('A,LOADING');
  });
});
