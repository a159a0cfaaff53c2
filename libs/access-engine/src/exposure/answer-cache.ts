import type { GroupSet } from '../bitset/group-set';
import type { AnswerContext } from './answer-context';
import { GroupAnswers } from './group-answers';

const SUPERUSER_KEY = 'superuser';

/** One {@link GroupAnswers} per distinct set of effective groups (and one for the superuser). */
export class AnswerCache {
  private readonly answers = new Map<string, GroupAnswers>();

  constructor(readonly context: AnswerContext) {}

  forGroups(groups: GroupSet, superuser = false): GroupAnswers {
    const key = superuser ? SUPERUSER_KEY : groups.key();
    let answers = this.answers.get(key);
    if (!answers) {
      answers = new GroupAnswers(groups, superuser, this.context);
      this.answers.set(key, answers);
    }
    return answers;
  }

  /** A cache for changed tables that keeps the cells (by shape id) `keepCell` says are still valid. */
  derive(context: AnswerContext, keepCell: (shapeId: number) => boolean): AnswerCache {
    const derived = new AnswerCache(context);
    for (const [key, answers] of this.answers) {
      derived.answers.set(key, new GroupAnswers(answers.groups, answers.superuser, context, answers.keptCells(keepCell)));
    }
    return derived;
  }
}
