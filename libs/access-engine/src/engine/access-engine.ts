import type { Snapshot, User } from '@sightline/odoo-model';
import type { GroupSet } from '../bitset/group-set';
import { AnswerCache } from '../exposure/answer-cache';
import type { ClassifiedField } from '../exposure/classified-field.type';
import { classifiedFieldsOf } from '../exposure/classified-fields.util';
import type { GroupAnswers } from '../exposure/group-answers';
import { buildImplicationGraph, computeGroupClosures } from '../groups/group-closures.util';
import { GroupIndex } from '../groups/group-index';
import type { ImplicationPaths } from '../groups/implication-paths';
import { RecordCounter } from '../mirror/record-counter';
import { RecordMirror } from '../mirror/record-mirror';
import type { AccessProfile } from '../population/access-profile.type';
import type { GroupContext } from '../population/group-context';
import { originPaths } from '../population/origin-paths.util';
import { Population } from '../population/population';
import { RecordScopes } from '../scope/record-scopes';
import { semanticsOfVersion, type OdooSemantics } from '../semantics/odoo-semantics';
import { AccessTables } from '../tables/access-tables';
import { tableSourceOf } from '../tables/table-source';
import { DEFAULT_ENGINE_OPTIONS, type AccessEngineOptions } from './access-engine-options';
import type { ChangeFootprint } from './change-footprint.type';
import { modelsInheritingFrom } from './models-inheriting-from.util';

interface EngineState {
  readonly snapshot: Snapshot;
  readonly options: Required<AccessEngineOptions>;
  readonly groups: GroupContext;
  readonly tables: AccessTables;
  readonly scopes: RecordScopes;
  readonly answers: AnswerCache;
  readonly population: Population;
  readonly userIndex: ReadonlyMap<string, number>;
  readonly classified: readonly ClassifiedField[];
  readonly mirror: () => RecordMirror;
}

/**
 * Access decisions over one snapshot, as Odoo takes them. Built once per snapshot: group bits and
 * closures, users sorted into access profiles; model and field tables, record scopes and exposure
 * cells are computed per profile on first use and memoised. Answers are pure functions of the
 * snapshot (the memo is invisible). {@link AccessEngine.withSnapshot} derives the engine of a changed
 * snapshot, recomputing only what the change touches.
 */
export class AccessEngine {
  private readonly paths = new Map<number, ImplicationPaths>();
  private counterInstance: RecordCounter | null = null;
  private members: number[][] | null = null;

  private constructor(private readonly state: EngineState) {}

  static create(snapshot: Snapshot, options: AccessEngineOptions = {}): AccessEngine {
    const semantics = semanticsOfVersion(snapshot.meta.odooVersion);
    const groups = groupContext(snapshot, GroupIndex.fromSnapshot(snapshot), semantics);
    const tables = new AccessTables(tableSourceOf(snapshot), groups.index, semantics);
    const scopes = new RecordScopes(tables, semantics);
    const fullOptions = { ...DEFAULT_ENGINE_OPTIONS, ...options };
    return new AccessEngine({
      snapshot,
      options: fullOptions,
      groups,
      tables,
      scopes,
      answers: new AnswerCache({ tables, scopes, index: groups.index, debugMode: fullOptions.debugMode }),
      population: Population.build(snapshot.users, groups),
      userIndex: new Map(snapshot.users.map((u, i) => [u.key, i])),
      classified: classifiedFieldsOf(snapshot.classifications),
      mirror: lazy(() => RecordMirror.fromSnapshot(snapshot)),
    });
  }

  get snapshot(): Snapshot {
    return this.state.snapshot;
  }

  get semantics(): OdooSemantics {
    return this.state.groups.semantics;
  }

  get groupContext(): GroupContext {
    return this.state.groups;
  }

  get classifiedFields(): readonly ClassifiedField[] {
    return this.state.classified;
  }

  get profiles(): readonly AccessProfile[] {
    return this.state.population.profiles;
  }

  /** Snapshot users by position. */
  get users(): readonly User[] {
    return this.state.snapshot.users;
  }

  userIndexOf(userKey: string): number | undefined {
    return this.state.userIndex.get(userKey);
  }

  userOrThrow(userKey: string): User {
    const index = this.userIndexOf(userKey);
    if (index === undefined) throw new Error(`no user "${userKey}" in the snapshot`);
    return this.users[index]!;
  }

  /** The user's profile, or null for a user without access (inactive, not the superuser). */
  profileOfUser(userKey: string): AccessProfile | null {
    const index = this.userIndexOf(userKey);
    const id = index === undefined ? -1 : this.state.population.profileOf(index);
    return id < 0 ? null : this.profiles[id]!;
  }

  profileOfIndex(userIndex: number): AccessProfile | null {
    const id = this.state.population.profileOf(userIndex);
    return id < 0 ? null : this.profiles[id]!;
  }

  /** User positions of each profile, by profile id. */
  profileMembers(): readonly (readonly number[])[] {
    if (!this.members) {
      const members: number[][] = this.profiles.map(() => []);
      for (let i = 0; i < this.users.length; i++) {
        const id = this.state.population.profileOf(i);
        if (id >= 0) members[id]!.push(i);
      }
      this.members = members;
    }
    return this.members;
  }

  answersForProfile(profile: AccessProfile): GroupAnswers {
    return this.state.answers.forGroups(profile.groups, profile.superuser);
  }

  answersForGroups(groups: GroupSet): GroupAnswers {
    return this.state.answers.forGroups(groups);
  }

  /** How the user holds each of their groups (implication paths from their explicit groups). */
  pathsOfUser(userKey: string): ImplicationPaths | null {
    const index = this.userIndexOf(userKey);
    const originId = index === undefined ? -1 : this.state.population.originOf(index);
    if (originId < 0) return null;
    let paths = this.paths.get(originId);
    if (!paths) {
      paths = originPaths(this.state.population.origins[originId]!, this.state.groups.graph, this.state.groups.index);
      this.paths.set(originId, paths);
    }
    return paths;
  }

  get counter(): RecordCounter {
    this.counterInstance ??= new RecordCounter(this.state.mirror());
    return this.counterInstance;
  }

  /** The engine of `snapshot`, a changed copy of this one's, recomputing only what `footprint` touches. */
  withSnapshot(snapshot: Snapshot, footprint: ChangeFootprint): AccessEngine {
    const state = this.state;
    const index = state.groups.index.extendedWith(footprint.groupXmlids);
    const regroup = footprint.implicationsChanged || index !== state.groups.index;
    const groups = regroup ? groupContext(snapshot, index, state.groups.semantics) : state.groups;
    const tablesChanged = footprint.models.size > 0 || footprint.fieldsChanged;
    const affected = modelsInheritingFrom(snapshot.models, footprint.models);
    const tables = tablesChanged ? state.tables.derive(tableSourceOf(snapshot), index, affected, footprint.fieldsChanged) : state.tables;
    const scopes = state.scopes.derive(tables, affected);
    const answers = tables === state.tables ? state.answers : state.answers.derive(
      { tables, scopes, index, debugMode: state.options.debugMode },
      (shapeId) => !footprint.fieldsChanged && !affected.has(tables.modelOfShape(shapeId)),
    );
    const changedUsers = [...footprint.userKeys].map((k) => state.userIndex.get(k)!);
    const population = footprint.implicationsChanged
      ? Population.build(snapshot.users, groups)
      : changedUsers.length ? state.population.reassigned(snapshot.users, changedUsers, groups) : state.population;
    return new AccessEngine({
      ...state,
      snapshot,
      groups,
      tables,
      scopes,
      answers,
      population,
      classified: footprint.classificationsChanged ? classifiedFieldsOf(snapshot.classifications) : state.classified,
    });
  }
}

function groupContext(snapshot: Snapshot, index: GroupIndex, semantics: OdooSemantics): GroupContext {
  const graph = buildImplicationGraph(snapshot.groups, index);
  return { index, graph, closures: computeGroupClosures(graph), semantics };
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
