import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { useSchemaForm } from '@/lib/forms/schema-form';
import { useFormatters } from '@/lib/i18n/format';

import { useAddComment, useAnswerComment, useComments } from '../api/comments';
import type { PracticeComment } from '../api/types';

const commentSchema = z.object({
  kind: z.enum(['QUESTION', 'COMMENT']),
  text: z.string().trim().min(1).max(4000),
});

type CommentValues = z.infer<typeof commentSchema>;

const answerSchema = z.object({ text: z.string().trim().min(1).max(4000) });

/**
 * Questions and comments of peers, signed by their organization, each answered by the practice's
 * owner: a simple thread, not a chat.
 */
export function CommentsSection({
  practiceId,
  canAsk,
  canAnswer,
}: {
  practiceId: string;
  canAsk: boolean;
  canAnswer: boolean;
}) {
  const { t } = useTranslation('practices');
  const comments = useComments(practiceId);
  const add = useAddComment(practiceId);
  const format = useFormatters();
  const form = useSchemaForm<CommentValues>(commentSchema, { kind: 'QUESTION', text: '' });
  const { errors } = form.formState;
  return (
    <section aria-labelledby="practice-comments">
      <h2 id="practice-comments">{t('comments.heading')}</h2>
      {comments.isPending ? <Loading /> : null}
      {comments.isError ? <ProblemAlert error={comments.error} /> : null}
      {comments.data?.items.length === 0 ? <p>{t('comments.empty')}</p> : null}
      <ol className="comments">
        {comments.data?.items.map((comment) => (
          <li key={comment.id}>
            <p>
              <strong>{comment.organizationName}</strong> · {t(`comments.kind.${comment.kind}`)} ·{' '}
              {format.formatDate(comment.createdAt)}
            </p>
            <p className="pre-line">{comment.text}</p>
            {comment.answer ? (
              <div className="comment-answer">
                <p>
                  <strong>{t('comments.answer')}</strong>
                </p>
                <p className="pre-line">{comment.answer}</p>
              </div>
            ) : null}
            {canAnswer ? <AnswerForm practiceId={practiceId} comment={comment} /> : null}
          </li>
        ))}
      </ol>
      {canAsk ? (
        <form
          noValidate
          aria-label={t('comments.formLabel')}
          onSubmit={(event) =>
            void form.handleSubmit(async (values) => {
              await add.mutateAsync(values).then(
                () => {
                  form.reset({ kind: values.kind, text: '' });
                },
                () => undefined,
              );
            })(event)
          }
        >
          <SelectField
            label={t('comments.kindLabel')}
            options={[
              { value: 'QUESTION', label: t('comments.kind.QUESTION') },
              { value: 'COMMENT', label: t('comments.kind.COMMENT') },
            ]}
            {...form.register('kind')}
          />
          <TextAreaField
            label={t('comments.text')}
            hint={t('comments.textHint')}
            required
            error={errors.text?.message}
            {...form.register('text')}
          />
          <Button type="submit" variant="primary" disabled={add.isPending}>
            {t('comments.submit')}
          </Button>
          {add.error ? <ProblemAlert error={add.error} /> : null}
        </form>
      ) : null}
    </section>
  );
}

function AnswerForm({ practiceId, comment }: { practiceId: string; comment: PracticeComment }) {
  const { t } = useTranslation('practices');
  const answer = useAnswerComment(practiceId);
  const form = useSchemaForm(answerSchema, { text: comment.answer ?? '' });
  const { errors } = form.formState;
  return (
    <form
      noValidate
      aria-label={t('comments.answerLabel')}
      onSubmit={(event) =>
        void form.handleSubmit(async (values) => {
          await answer
            .mutateAsync({ commentId: comment.id, version: comment.version, text: values.text })
            .catch(() => undefined);
        })(event)
      }
    >
      <TextAreaField
        label={t('comments.answerLabel')}
        required
        error={errors.text?.message}
        {...form.register('text')}
      />
      <Button type="submit" variant="secondary" disabled={answer.isPending}>
        {t('comments.answerSubmit')}
      </Button>
      {answer.error ? <ProblemAlert error={answer.error} /> : null}
    </form>
  );
}
