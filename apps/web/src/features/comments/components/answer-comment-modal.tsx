// A lead answers a request for information (§9.2.2); the answer is kept with the question, the record is untouched.
import { Blockquote } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type AnswerCommentInput, AnswerCommentSchema, type Comment } from '@openaims/core';
import { FormTextarea } from '../../../components/form-fields.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { applyFieldErrors } from '../../../lib/errors.ts';
import { useModalForm } from '../../../lib/use-modal-form.ts';
import { useAnswerComment } from '../api/answer-comment.ts';

export function AnswerCommentModal(props: { orgId: string; comment: Comment | null; onClose: () => void }) {
  const answer = useAnswerComment(props.orgId);
  const opened = props.comment !== null;
  const form = useModalForm<AnswerCommentInput>(AnswerCommentSchema, () => ({ answer: '' }), opened);
  const submit = form.onSubmit((v) => {
    if (!props.comment) return;
    answer.mutate(
      { id: props.comment.id, input: v },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: 'Answer sent.' });
          props.onClose();
        },
        onError: (e) => applyFieldErrors(form, e),
      },
    );
  });
  return (
    <FormModal
      opened={opened}
      onClose={props.onClose}
      title="Answer the request"
      onSubmit={submit}
      error={answer.error}
      fieldErrors={form.errors}
      pending={answer.isPending}
      submitLabel="Send answer"
    >
      <Blockquote p="sm">{props.comment?.body}</Blockquote>
      <FormTextarea
        form={form}
        name="answer"
        label="Answer"
        required
        autosize
        minRows={3}
        description="Name the records or evidence that answer it; the auditor sees this with the question."
      />
    </FormModal>
  );
}
