import { ResponseError } from '@backstage/errors';
import { BACKEND_URL, clientOver, json } from '../__testUtils__/backendFetch';
import { PostmortemsClient } from './PostmortemsClient';

const clientWith = (fetch: jest.Mock) => clientOver(PostmortemsClient, fetch);

/** The method, URL and JSON body of each call. */
const calls = (fetch: jest.Mock) =>
  fetch.mock.calls.map(([url, init]) => [
    init.method,
    url.slice(BACKEND_URL.length),
    init.body === undefined ? undefined : JSON.parse(init.body),
  ]);

describe('PostmortemsClient', () => {
  it('reads, saves and moves an incident’s postmortem', async () => {
    const fetch = jest
      .fn()
      .mockImplementation(async () => json({ status: 'draft' }));
    const client = clientWith(fetch);
    await expect(client.getPostmortem('INC-7')).resolves.toEqual({
      status: 'draft',
    });
    await client.updatePostmortem('INC-7', {
      updatedAt: null,
      sections: { summary: 'Totals were wrong' },
      important: { 'entry-1': true },
    });
    await client.transitionPostmortem('INC-7', {
      status: 'draft',
      comment: 'Name the contributing factors',
    });
    expect(calls(fetch)).toEqual([
      ['GET', '/incidents/INC-7/postmortem', undefined],
      [
        'PATCH',
        '/incidents/INC-7/postmortem',
        {
          updatedAt: null,
          sections: { summary: 'Totals were wrong' },
          important: { 'entry-1': true },
        },
      ],
      [
        'POST',
        '/incidents/INC-7/postmortem/transitions',
        { status: 'draft', comment: 'Name the contributing factors' },
      ],
    ]);
  });

  it('adds an action item to the incident and changes one by its id', async () => {
    const fetch = jest.fn().mockImplementation(async () => json({}, 201));
    const client = clientWith(fetch);
    await client.createActionItem('INC-7', {
      title: 'Alert on stale prices',
      ownerRef: 'group:default/storefront-team',
      kind: 'detect',
      dueOn: '2027-01-26',
    });
    await client.updateActionItem('a/b', { status: 'wont-do', reason: 'No' });
    expect(calls(fetch)).toEqual([
      [
        'POST',
        '/incidents/INC-7/action-items',
        {
          title: 'Alert on stale prices',
          ownerRef: 'group:default/storefront-team',
          kind: 'detect',
          dueOn: '2027-01-26',
        },
      ],
      ['PATCH', '/action-items/a%2Fb', { status: 'wont-do', reason: 'No' }],
    ]);
  });

  it('lists action items and their SLO with repeated statuses, leaving out empty filters', async () => {
    const fetch = jest.fn().mockImplementation(async () => json({ items: [] }));
    const client = clientWith(fetch);
    await client.listActionItems({
      ownerRef: 'group:default/storefront-team',
      entityRef: '',
      status: ['open', 'in-progress'],
      overdue: true,
      limit: 20,
      cursor: 'abc',
    });
    await client.getActionItemSlo({
      entityRef: 'component:default/cart-service',
      bucket: 'quarter',
      from: '2026-01-01T00:00:00.000Z',
    });
    expect(calls(fetch).map(([method, url]) => [method, url])).toEqual([
      [
        'GET',
        '/action-items?ownerRef=group%3Adefault%2Fstorefront-team&status=open&status=in-progress&overdue=true&limit=20&cursor=abc',
      ],
      [
        'GET',
        '/action-items/slo?entityRef=component%3Adefault%2Fcart-service&bucket=quarter&from=2026-01-01T00%3A00%3A00.000Z',
      ],
    ]);
  });

  it('rejects a stale save with the backend’s conflict', async () => {
    const fetch = jest.fn().mockResolvedValue(
      json(
        {
          error: {
            name: 'ConflictError',
            message: 'The postmortem of INC-7 was changed since',
          },
          response: { statusCode: 409 },
        },
        409,
      ),
    );
    const error = await clientWith(fetch)
      .updatePostmortem('INC-7', { updatedAt: '2026-12-01T10:00:00.000Z' })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(409);
    expect(error.body.error.name).toBe('ConflictError');
  });
});
