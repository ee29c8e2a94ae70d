import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  isWorkspaceStepKind,
  stepKindOfKey,
  WorkspaceStep,
} from '@incident-response/backstage-plugin-incidents-common';
import { useMemo } from 'react';
import { useLanguage } from '../../hooks';
import { incidentsTranslationRef } from '../../translation';
import { resultText, webLink } from './workspaceSteps';

/** A link a step made, with what it opens in the reader's language. */
export type StepLink = { url: string; label: string };

/**
 * Names of workspace steps and of the links they made, in the reader's language. Shared
 * by the Workspace panel and the timeline's workspace entries.
 */
export function useWorkspaceStepText() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  return useMemo(() => {
    /** `slack.channel` or `slack.status-update:12` -> "Slack channel"; unknown kinds as is. */
    const stepName = (key: string): string => {
      const kind = stepKindOfKey(key);
      return isWorkspaceStepKind(kind) ? t(`workspace.kinds.${kind}`) : key;
    };
    const list = (items: string[]): string =>
      new Intl.ListFormat(language, {
        style: 'long',
        type: 'conjunction',
      }).format(items);

    return {
      stepName,
      /** "Slack channel, Google Meet and Postmortem document". */
      stepNames: (keys: string[]): string => list(keys.map(stepName)),
      list,
      /** The link a step made (from its kind and result), if any. */
      resultLink(
        step: Pick<WorkspaceStep, 'kind' | 'result'> & { key?: string },
      ): StepLink | undefined {
        const url = webLink(step.result?.url);
        if (!url) {
          return undefined;
        }
        const kind = String(step.kind ?? stepKindOfKey(step.key ?? ''));
        if (kind === 'google.meet') {
          return { url, label: t('workspace.links.meet') };
        }
        if (kind.startsWith('google.doc')) {
          return { url, label: t('workspace.links.doc') };
        }
        if (kind.startsWith('google.sheet')) {
          return { url, label: t('workspace.links.sheet') };
        }
        const channel = resultText(step, 'channelName');
        return {
          url,
          label: channel
            ? t('workspace.links.channel', { channel })
            : t('workspace.links.channelUnnamed'),
        };
      },
    };
  }, [t, language]);
}
