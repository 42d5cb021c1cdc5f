import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { ApiError } from '@/lib/api/errors';
import type { FieldError } from '@/lib/api/types';

import {
  messageAt,
  messageIn,
  useSchemaFormWithMessages,
  useServerFieldErrors,
} from './schema-form-errors';
import { serverGroupMessages } from './validation';

const schema = z.object({
  title: z.string().trim().min(1, { message: 'mandatory' }),
  rows: z.array(z.object({ name: z.string().min(1, { message: 'name' }) })),
});
type Values = z.infer<typeof schema>;

const fields = ['title', 'rows'] as const;
const serverMessagesOf = (errors: readonly FieldError[]) => serverGroupMessages(errors, fields);

function RowsForm({ serverError }: { serverError: unknown }) {
  const form = useSchemaFormWithMessages<Values>(
    schema,
    { title: 'Kept', rows: [{ name: '' }] },
    (error) =>
      Object.fromEntries(
        error.issues.map((issue) => [issue.path.join('.'), `says ${issue.message}`]),
      ),
  );
  const formRef = useRef<HTMLFormElement>(null);
  useServerFieldErrors(form, formRef, serverError, serverMessagesOf);
  const { errors } = form.formState;
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void form.handleSubmit(() => undefined)(event)}
    >
      <label htmlFor="title">Title</label>
      <input
        id="title"
        aria-invalid={errors.title ? true : undefined}
        {...form.register('title')}
      />
      <p>title: {messageAt(errors, 'title')}</p>
      <p>rows exactly: {messageAt(errors, 'rows')}</p>
      <p>rows anywhere: {messageIn(errors, 'rows')}</p>
      <button type="submit">Save</button>
    </form>
  );
}

function problemOn(field: string) {
  return new ApiError(422, {
    type: 'about:blank',
    title: 'Invalid',
    status: 422,
    errors: [{ field, message: `server rejects ${field}` }],
  });
}

describe('schema-form-errors', () => {
  it('usesTheFeaturesMessagesOnNestedPaths', async () => {
    const user = userEvent.setup();
    render(<RowsForm serverError={null} />);

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('rows anywhere: says name')).toBeInTheDocument();
    expect(screen.getByText(/^rows exactly:/)).toHaveTextContent(/^rows exactly:$/);
  });

  it('replacesTheLastAnswersFieldErrorsAndFocusesTheFirstInvalidField', async () => {
    const { rerender } = render(<RowsForm serverError={problemOn('create.input.title')} />);

    expect(await screen.findByText('title: server rejects create.input.title')).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByLabelText('Title')).toHaveFocus();
    });

    rerender(<RowsForm serverError={problemOn('create.input.rows[0].name')} />);

    expect(
      await screen.findByText('rows exactly: server rejects create.input.rows[0].name'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^title:/)).toHaveTextContent(/^title:$/);
  });
});
