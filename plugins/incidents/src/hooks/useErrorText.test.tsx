import { ConflictError } from '@backstage/errors';
import { IncidentsRefusal } from '@incident-response/backstage-plugin-incidents-common';
import { mockIncidentsApi } from '../__testUtils__/fixtures';
import { renderWithApis } from '../__testUtils__/render';
import { TestLanguage } from '../__testUtils__/language';
import {
  aFailedResponse,
  aResponseError,
} from '../__testUtils__/responseErrors';
import { formatDateTime } from '../lib/dates';
import { useErrorText } from './useErrorText';

// The first render of a test app takes a while.
jest.setTimeout(30_000);

const NBSP = '\u00a0';
const fr = (text: string) =>
  text.replace(/« /g, `«${NBSP}`).replace(/ ([»;:?!])/g, `${NBSP}$1`);

/** What the API client throws when the backend refuses with a reason. */
function aRefusal(
  refusal: IncidentsRefusal | Record<string, unknown>,
  message = 'The backend’s English words',
  status = 409,
) {
  const name = status === 409 ? 'ConflictError' : 'InputError';
  return aFailedResponse(status, { name, message, ...refusal });
}

function ErrorText(props: { error: unknown }) {
  const errorText = useErrorText();
  return <>{errorText(props.error)}</>;
}

async function textOf(
  error: unknown,
  language: TestLanguage,
  api = mockIncidentsApi(),
) {
  const { container } = await renderWithApis(<ErrorText error={error} />, {
    language,
    api,
  });
  return container.textContent;
}

const savedAt = '2026-12-01T10:00:00.000Z';

/** Each reason the backend gives, and what the user reads for it in each language. */
const refusals: Array<{
  refusal: IncidentsRefusal;
  /** 400 for the refusals the backend throws as InputErrors, else 409. */
  status?: number;
  en: string;
  fr: string;
}> = [
  {
    refusal: {
      code: 'incident-status-not-allowed',
      values: {
        number: 'INC-7',
        from: 'active',
        to: 'closed',
        allowed: ['mitigated', 'resolved'],
      },
    },
    en: 'INC-7’s status is Active; it can become Mitigated or Resolved, not Closed.',
    fr: fr(
      'Le statut de INC-7 est « Actif » ; il peut devenir « Atténué » ou « Résolu », pas « Clos ».',
    ),
  },
  {
    refusal: {
      code: 'incident-status-not-allowed',
      values: { number: 'INC-7', from: 'closed', to: 'active', allowed: [] },
    },
    en: 'INC-7’s status is Closed; it can no longer change.',
    fr: fr('Le statut de INC-7 est « Clos » ; il ne peut plus changer.'),
  },
  {
    refusal: {
      code: 'known-error-status-not-allowed',
      values: {
        number: 'KE-3',
        from: 'workaround',
        to: 'investigating',
        allowed: ['fix-in-progress', 'fixed'],
      },
    },
    status: 400,
    en: 'KE-3’s status is Workaround available; it can become Fix in progress or Fixed, not Investigating.',
    fr: fr(
      "Le statut de KE-3 est « Solution de contournement disponible » ; il peut devenir « Correctif en cours » ou « Corrigée », pas « En cours d'analyse ».",
    ),
  },
  {
    refusal: { code: 'close-needs-severity', values: { number: 'INC-7' } },
    en: 'INC-7 cannot be closed while its severity is to be assessed: set the severity first, it decides whether a postmortem is required.',
    fr: fr(
      "INC-7 ne peut pas être clos tant que sa gravité est à évaluer : indiquez d'abord la gravité, elle décide si une analyse rétrospective est requise.",
    ),
  },
  {
    refusal: {
      code: 'close-needs-approved-postmortem',
      values: { number: 'INC-7', severity: 'SEV2', postmortemStatus: 'draft' },
    },
    en: 'INC-7 cannot be closed before its postmortem is approved (SEV2 - Major requires one); the postmortem’s status is Draft.',
    fr: fr(
      "INC-7 ne peut pas être clos avant que son analyse rétrospective soit approuvée (« SEV2 - Majeur » en exige une) ; le statut de l'analyse est « Brouillon ».",
    ),
  },
  {
    refusal: {
      code: 'milestone-not-reached',
      values: { number: 'INC-7', status: 'active', milestone: 'mitigatedAt' },
    },
    status: 400,
    en: 'INC-7 has no “Mitigated” time to edit while its status is Active; change its status instead.',
    fr: fr(
      "INC-7 n'a pas d'heure « Atténuation » à modifier tant que son statut est « Actif » ; changez plutôt son statut.",
    ),
  },
  {
    refusal: { code: 'idempotency-key-reused', values: {} },
    en: 'An incident was already declared from this form with other details. Check the incidents list before declaring it again.',
    fr: "Un incident a déjà été déclaré depuis ce formulaire avec d'autres informations. Vérifiez la liste des incidents avant de le déclarer de nouveau.",
  },
  {
    refusal: { code: 'no-failed-steps', values: { number: 'INC-7' } },
    en: 'INC-7 has no failed steps left to retry.',
    fr: "INC-7 n'a plus d'étape en échec à relancer.",
  },
  {
    refusal: {
      code: 'postmortem-saved-since',
      values: {
        number: 'INC-7',
        updatedBy: 'user:default/alice',
        updatedAt: savedAt,
      },
    },
    en: `alice saved INC-7’s postmortem on ${formatDateTime(
      savedAt,
      'en',
    )}, since you started editing; reload it and edit again.`,
    fr: fr(
      `alice a enregistré l'analyse rétrospective de INC-7 le ${formatDateTime(
        savedAt,
        'fr',
      )}, après le début de votre modification ; rechargez-la et modifiez-la de nouveau.`,
    ),
  },
  {
    refusal: {
      code: 'postmortem-saved-since',
      values: {
        number: 'INC-7',
        updatedBy: 'user:default/alice',
        updatedAt: null,
      },
    },
    en: 'alice saved INC-7’s postmortem since you started editing; reload it and edit again.',
    fr: fr(
      "alice a enregistré l'analyse rétrospective de INC-7 depuis le début de votre modification ; rechargez-la et modifiez-la de nouveau.",
    ),
  },
  {
    refusal: {
      code: 'postmortem-saved-since',
      values: { number: 'INC-7', updatedBy: null, updatedAt: savedAt },
    },
    en: `INC-7’s postmortem was saved again on ${formatDateTime(
      savedAt,
      'en',
    )}, since you started editing; reload it and edit again.`,
    fr: fr(
      `L'analyse rétrospective de INC-7 a été enregistrée de nouveau le ${formatDateTime(
        savedAt,
        'fr',
      )}, après le début de votre modification ; rechargez-la et modifiez-la de nouveau.`,
    ),
  },
  {
    refusal: {
      code: 'postmortem-saved-since',
      values: { number: 'INC-7', updatedBy: null, updatedAt: null },
    },
    en: 'INC-7’s postmortem was saved again since you started editing; reload it and edit again.',
    fr: fr(
      "L'analyse rétrospective de INC-7 a été enregistrée de nouveau depuis le début de votre modification ; rechargez-la et modifiez-la de nouveau.",
    ),
  },
  {
    refusal: {
      code: 'postmortem-not-draft',
      values: { number: 'INC-7', postmortemStatus: 'in-review' },
    },
    en: 'INC-7’s postmortem status is In review; send it back to draft to edit it.',
    fr: fr(
      "Le statut de l'analyse rétrospective de INC-7 est « En revue » ; renvoyez-la au brouillon pour la modifier.",
    ),
  },
  {
    refusal: {
      code: 'postmortem-status-not-allowed',
      values: {
        number: 'INC-7',
        from: 'draft',
        to: 'approved',
        allowed: ['in-review'],
      },
    },
    en: 'INC-7’s postmortem status is Draft; it can become In review, not Approved.',
    fr: fr(
      "Le statut de l'analyse rétrospective de INC-7 est « Brouillon » ; il peut devenir « En revue », pas « Approuvée ».",
    ),
  },
  {
    refusal: {
      code: 'postmortem-not-ready',
      values: {
        number: 'INC-7',
        sections: ['summary', 'impact'],
        actionItem: true,
      },
    },
    status: 400,
    en: 'Before it can be reviewed: write the summary and impact; add at least one action item.',
    fr: fr(
      'Avant la revue : rédiger les sections résumé et impact ; ajouter au moins une action de suivi.',
    ),
  },
  {
    refusal: { code: 'too-many-buckets', values: { bucket: 'week', max: 520 } },
    status: 400,
    en: 'The period is too long to count by week: more than 520 points. Group by a longer period or choose a shorter one.',
    fr: fr(
      'La période est trop longue pour compter par semaine : plus de 520 points. Regroupez par une durée plus longue ou choisissez une période plus courte.',
    ),
  },
];

describe('useErrorText', () => {
  describe.each(['en', 'fr'] as TestLanguage[])('in %s', language => {
    it.each(refusals)(
      'words the backend’s $refusal.code in the user’s language',
      async ({ refusal, status, ...words }) => {
        expect(
          await textOf(await aRefusal(refusal, undefined, status), language),
        ).toBe(words[language]);
      },
    );

    it('names the severity by its id until the configuration has loaded', async () => {
      const refusal = await aRefusal({
        code: 'close-needs-approved-postmortem',
        values: {
          number: 'INC-7',
          severity: 'SEV2',
          postmortemStatus: 'draft',
        },
      });
      const api = mockIncidentsApi({
        getConfig: jest.fn().mockReturnValue(new Promise(() => {})),
      });
      expect(await textOf(refusal, language, api)).toContain(
        language === 'en' ? '(SEV2 requires one)' : fr('(« SEV2 » en exige'),
      );
    });

    it('keeps the backend’s words for a reason it does not know, or none', async () => {
      expect(
        await textOf(
          await aRefusal(
            { code: 'incident-frozen', values: { number: 'INC-7' } },
            'INC-7 is frozen',
          ),
          language,
        ),
      ).toBe('INC-7 is frozen');
    });

    it('keeps the backend’s words for a known reason without its values', async () => {
      expect(
        await textOf(
          await aRefusal({ code: 'no-failed-steps' }, 'INC-7 has nothing'),
          language,
        ),
      ).toBe('INC-7 has nothing');
    });
  });

  it('words a refusal that reaches it as an error rather than a response', async () => {
    const error = Object.assign(new ConflictError('INC-7 has nothing'), {
      code: 'no-failed-steps',
      values: { number: 'INC-7' },
    });
    expect(await textOf(error, 'fr')).toBe(
      "INC-7 n'a plus d'étape en échec à relancer.",
    );
  });

  it('keeps the backend’s words for a 400 that gives no reason', async () => {
    expect(
      await textOf(await aResponseError('title must not be empty'), 'fr'),
    ).toBe('title must not be empty');
  });
});
