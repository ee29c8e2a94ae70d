import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  ActionItemKind,
  ActionItemPriority,
  ActionItemStatus,
  PostmortemSection,
  PostmortemStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import { useMemo } from 'react';
import { useLanguage } from './useLanguage';
import { incidentsTranslationRef } from '../translation';

/**
 * Names of a postmortem's sections, statuses and action items' fields in the reader's
 * language, with the handbook's help texts.
 */
export function usePostmortemPresentation() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  return useMemo(() => {
    /** "summary, impact and evidence", with the sections' names in lower case. */
    const sectionList = (sections: PostmortemSection[]): string =>
      new Intl.ListFormat(language, {
        style: 'long',
        type: 'conjunction',
      }).format(
        sections.map(section =>
          t(`postmortems.sections.${section}.label`).toLocaleLowerCase(
            language,
          ),
        ),
      );
    return {
      sectionLabel: (section: PostmortemSection): string =>
        t(`postmortems.sections.${section}.label`),
      sectionHelp: (section: PostmortemSection): string =>
        t(`postmortems.sections.${section}.help`),
      sectionList,
      /**
       * What review still needs (`missingForReview`): "write the summary and impact; add
       * at least one action item"; empty when nothing is missing.
       */
      missingForReview: (missing: {
        sections: PostmortemSection[];
        actionItem: boolean;
      }): string => {
        const sections =
          missing.sections.length > 0
            ? t('postmortems.review.missingSections', {
                sections: sectionList(missing.sections),
              })
            : '';
        const actionItem = missing.actionItem
          ? t('postmortems.review.missingActionItem')
          : '';
        return sections && actionItem
          ? t('postmortems.review.missingBoth', { sections, actionItem })
          : sections || actionItem;
      },
      statusName: (status: PostmortemStatus): string =>
        t(`postmortems.statuses.${status}`),
      statusHelp: (status: PostmortemStatus): string =>
        t(`postmortems.statusHelp.${status}`),
      itemStatusName: (status: ActionItemStatus): string =>
        t(`actionItems.statuses.${status}`),
      kindName: (kind: ActionItemKind): string =>
        t(`actionItems.kinds.${kind}`),
      kindHelp: (kind: ActionItemKind): string =>
        t(`actionItems.kindHelp.${kind}`),
      priorityName: (priority: ActionItemPriority): string =>
        t(`actionItems.priorities.${priority}`),
    };
  }, [t, language]);
}

/** What {@link usePostmortemPresentation} returns. */
export type PostmortemPresentation = ReturnType<
  typeof usePostmortemPresentation
>;
