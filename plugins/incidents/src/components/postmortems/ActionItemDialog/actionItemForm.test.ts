import { POSTMORTEM_LIMITS } from '@incident-response/backstage-plugin-incidents-common';
import {
  newActionItemForm,
  toCreateActionItemRequest,
  validateActionItemForm,
} from './actionItemForm';

const now = new Date(2026, 11, 1, 10, 0);

describe('the action item form', () => {
  it('starts due 8 weeks from today, medium priority, to prevent a recurrence', () => {
    expect(newActionItemForm(now)).toEqual({
      title: '',
      ownerRef: null,
      assigneeRef: null,
      dueOn: '2027-01-26',
      priority: 'medium',
      kind: 'prevent',
      trackerUrl: '',
      knownErrorId: null,
    });
  });

  it('needs a title, an owner team and a real due day', () => {
    expect(
      validateActionItemForm({
        ...newActionItemForm(now),
        dueOn: '31/02/2027',
      }),
    ).toEqual({
      title: { rule: 'required' },
      ownerRef: { rule: 'required' },
      dueOn: { rule: 'invalid-date' },
    });
    expect(
      validateActionItemForm({ ...newActionItemForm(now), dueOn: ' ' }).dueOn,
    ).toEqual({ rule: 'required' });
  });

  it('checks the title’s length and the tracker link', () => {
    const problems = validateActionItemForm({
      ...newActionItemForm(now),
      title: 'x'.repeat(POSTMORTEM_LIMITS.actionItemTitleMaxLength + 1),
      ownerRef: 'group:default/storefront-team',
      trackerUrl: 'ftp://tracker.example.com/SHOP-43',
    });
    expect(problems).toEqual({
      title: {
        rule: 'too-long',
        max: POSTMORTEM_LIMITS.actionItemTitleMaxLength,
      },
      trackerUrl: { rule: 'invalid-url' },
    });
  });

  it('sends the due day shown, and only the optional fields given', () => {
    expect(
      toCreateActionItemRequest({
        ...newActionItemForm(now),
        title: '  Alert on stale prices ',
        ownerRef: 'group:default/storefront-team',
        trackerUrl: ' ',
      }),
    ).toEqual({
      title: 'Alert on stale prices',
      ownerRef: 'group:default/storefront-team',
      dueOn: '2027-01-26',
      priority: 'medium',
      kind: 'prevent',
    });
    expect(
      toCreateActionItemRequest({
        ...newActionItemForm(now),
        title: 'Alert',
        ownerRef: 'group:default/storefront-team',
        assigneeRef: 'user:default/guest',
        kind: 'detect',
        priority: 'high',
        trackerUrl: 'https://tracker.example.com/SHOP-43',
        knownErrorId: 'ke-1',
      }),
    ).toEqual({
      title: 'Alert',
      ownerRef: 'group:default/storefront-team',
      assigneeRef: 'user:default/guest',
      dueOn: '2027-01-26',
      priority: 'high',
      kind: 'detect',
      trackerUrl: 'https://tracker.example.com/SHOP-43',
      knownErrorId: 'ke-1',
    });
  });
});
