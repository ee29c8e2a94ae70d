import AutorenewIcon from '@material-ui/icons/Autorenew';
import CheckCircleOutlineIcon from '@material-ui/icons/CheckCircleOutline';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import ReplayIcon from '@material-ui/icons/Replay';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  isWorkspaceStepKind,
  stepKindOfKey,
  WORKSPACE_TIMELINE_ENTRY_KINDS,
} from '@incident-response/backstage-plugin-incidents-common';
import { incidentsTranslationRef } from '../../translation';
import {
  asString,
  automaticEntryText,
  ExternalLink,
  TimelineEntryRenderer,
  TimelineEntryWriter,
} from '../shared';
import { useWorkspaceStepText } from './useWorkspaceStepText';

function useWorkspaceEntryWords() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  return { t, workspace: useWorkspaceStepText() };
}

type WorkspaceEntryWords = ReturnType<typeof useWorkspaceEntryWords>;

const workspaceEntryText = (write: TimelineEntryWriter<WorkspaceEntryWords>) =>
  automaticEntryText(useWorkspaceEntryWords, write);

/** The step an entry is about, by its kind (or its key's); undefined if unknown. */
function stepOf(
  data: Record<string, unknown>,
  { workspace }: WorkspaceEntryWords,
) {
  const kind = data.kind ?? stepKindOfKey(asString(data.step) ?? '');
  return isWorkspaceStepKind(kind)
    ? { kind, name: workspace.stepName(kind) }
    : undefined;
}

/** A step that failed, or failed and will be tried again, and why. */
const stepErrorText = (
  message: 'timeline.auto.stepFailed' | 'timeline.auto.stepRetrying',
) =>
  workspaceEntryText((data, words) => {
    const step = stepOf(data, words);
    const error = asString(data.error);
    if (!step || !error) {
      return undefined;
    }
    return words.t(message, { step: step.name, error });
  });

/** The entries the workspace worker writes for its steps (Slack, Google). */
export const WORKSPACE_TIMELINE_RENDERERS: Record<
  (typeof WORKSPACE_TIMELINE_ENTRY_KINDS)[number],
  TimelineEntryRenderer
> = {
  'workspace-step-succeeded': {
    icon: CheckCircleOutlineIcon,
    Text: workspaceEntryText((data, words) => {
      const step = stepOf(data, words);
      if (!step) {
        return undefined;
      }
      const result =
        data.result && typeof data.result === 'object'
          ? (data.result as Record<string, unknown>)
          : null;
      const link = words.workspace.resultLink({ kind: step.kind, result });
      return (
        <>
          {words.t('timeline.auto.stepSucceeded', { step: step.name })}
          {link && (
            <>
              {' '}
              <ExternalLink href={link.url}>{link.label}</ExternalLink>
            </>
          )}
        </>
      );
    }),
  },
  'workspace-step-retrying': {
    icon: AutorenewIcon,
    Text: stepErrorText('timeline.auto.stepRetrying'),
  },
  'workspace-step-failed': {
    icon: ErrorOutlineIcon,
    Text: stepErrorText('timeline.auto.stepFailed'),
  },
  'workspace-steps-retried': {
    icon: ReplayIcon,
    Text: workspaceEntryText((data, { t, workspace }) => {
      const keys = Array.isArray(data.steps)
        ? data.steps.filter((key): key is string => typeof key === 'string')
        : [];
      if (keys.length === 0) {
        return undefined;
      }
      return t('timeline.auto.stepsRetried', {
        steps: workspace.stepNames(keys),
      });
    }),
  },
};
