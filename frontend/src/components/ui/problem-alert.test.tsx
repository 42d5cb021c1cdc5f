import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api/errors';

import { ProblemAlert } from './problem-alert';

describe('ProblemAlert', () => {
  it('showsTitleAndDetailOfAProblem', () => {
    render(
      <ProblemAlert
        error={
          new ApiError(422, {
            type: 'https://circular-city-hub.example/problems/rule-violation',
            title: 'Not allowed',
            status: 422,
            detail: 'Adopt needs a decision.',
          })
        }
      />,
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not allowed');
    expect(alert).toHaveTextContent('Adopt needs a decision.');
  });

  it('explainsAnUnreachableServer', () => {
    render(<ProblemAlert error={new TypeError('Failed to fetch')} />);

    expect(screen.getByRole('alert')).toHaveTextContent(
      'The server cannot be reached. Please try again later.',
    );
  });

  it('namesTheStatusWhenTheAnswerHasNoProblemBody', () => {
    render(<ProblemAlert error={new ApiError(502, undefined)} />);

    expect(screen.getByRole('alert')).toHaveTextContent('The server answered with error 502.');
  });

  it('rendersNothingWithoutAnError', () => {
    const { container } = render(<ProblemAlert error={null} />);

    expect(container).toBeEmptyDOMElement();
  });
});
