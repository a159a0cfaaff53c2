import { toConnection, toOffsetPage } from './offset-page.util';

describe('offset pages', () => {
  it('pages through a list with opaque cursors', () => {
    const first = toOffsetPage({ first: 2 });
    const page1 = toConnection(['a', 'b'], first, 5);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = toOffsetPage({ first: 2, after: page1.pageInfo.endCursor });
    expect(second).toEqual({ offset: 2, limit: 2 });
    const last = toConnection(['e'], toOffsetPage({ first: 2, after: toConnection(['c', 'd'], second, 5).pageInfo.endCursor }), 5);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.edges.map((e) => e.node)).toEqual(['e']);
  });

  it.each([
    [{ first: -1 }, 'first: must be between 0 and 500'],
    [{ first: 501 }, 'first: must be between 0 and 500'],
    [{ after: 'bm9wZQ' }, 'after: is not a cursor returned by this list'],
  ])('rejects %j naming the argument', (args, message) => {
    expect(() => toOffsetPage(args)).toThrow(message);
  });
});
