import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { ApiError } from '@/lib/api/errors';

import { applyServerFieldErrors, useSchemaForm } from './schema-form';

const schema = z.object({
  title: z.string().trim().min(1).max(5),
  links: z.array(z.object({ url: z.url({ message: 'url' }) })),
});

function TitleForm({ serverError }: { serverError?: unknown }) {
  const form = useSchemaForm(schema, { title: '', links: [{ url: 'nope' }] });
  const { errors } = form.formState;
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(() => {
          applyServerFieldErrors(form, serverError, ['title']);
        })(event)
      }
    >
      <label htmlFor="title">Title</label>
      <input
        id="title"
        aria-invalid={errors.title ? true : undefined}
        {...form.register('title')}
      />
      <p>{errors.title?.message}</p>
      <label htmlFor="link">Link</label>
      <input id="link" {...form.register('links.0.url')} />
      <p>{errors.links?.[0]?.url?.message}</p>
      <button type="submit">Save</button>
    </form>
  );
}

describe('useSchemaForm', () => {
  it('showsTranslatedMessagesWithTheirNumbersOnNestedPathsAndFocusesTheFirst', async () => {
    const user = userEvent.setup();
    render(<TitleForm />);

    await user.type(screen.getByLabelText('Link'), '{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Please fill in this field.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect(
      screen.getByText('Please enter a web address starting with http:// or https://.'),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText('Title'), 'far too long');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('At most 5 characters.')).toBeInTheDocument();
  });

  it('putsTheServersFieldErrorsOnTheNamedFields', async () => {
    const user = userEvent.setup();
    const serverError = new ApiError(422, {
      type: 'about:blank',
      title: 'Invalid',
      status: 422,
      errors: [{ field: 'create.input.title', message: 'is already taken' }],
    });
    render(<TitleForm serverError={serverError} />);

    await user.type(screen.getByLabelText('Title'), 'Taken');
    await user.clear(screen.getByLabelText('Link'));
    await user.type(screen.getByLabelText('Link'), 'https://example.org');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('is already taken')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveFocus();
  });
});
