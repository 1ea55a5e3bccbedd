import type { MemberUser, NormalizeResult, OrganizationMember, Release, Team } from '../model';
import { objectSpec, readObject } from './fields';
import { normalizeListOf } from './listOf';
import { readBoolean, readCount, readLenientString, readString } from './primitives';
import { type Path, type ReadContext, report } from './reader';
import { readTimestamp } from './scalars';

const MEMBER_USER_SPEC = objectSpec({
  id: [readLenientString],
  name: [readString],
  username: [readString],
  email: [readString],
  avatarUrl: [readString],
});

const MEMBER_SPEC = objectSpec({
  id: [readLenientString],
  name: [readString],
  email: [readString],
  role: [readString, 'orgRole'],
  pending: [readBoolean],
  user: [
    (ctx, value, path, key) => {
      const user = readObject<MemberUser & { extra?: unknown }>(ctx, value, path, key, MEMBER_USER_SPEC, 'user object');
      if (user !== undefined) delete user.extra;
      return user?.id === undefined ? undefined : user;
    },
  ],
});

function readMember(ctx: ReadContext, item: unknown, path: Path): OrganizationMember | undefined {
  const member = readObject<OrganizationMember & { extra?: unknown }>(ctx, item, path, undefined, MEMBER_SPEC, 'member object');
  if (member === undefined) return undefined;
  delete member.extra;
  if (member.id === undefined) {
    report(ctx, path, undefined, 'member with an id', item, 'dropped');
    return undefined;
  }
  if (member.name === undefined || member.name.trim() === '') member.name = member.user?.name || member.email || member.user?.username || member.id;
  return member;
}

/** Normalizes `GET /organizations/{org}/members/`. Never throws; off items become problems. */
export function normalizeMemberList(input: unknown): NormalizeResult<OrganizationMember[]> {
  return normalizeListOf(input, 'array of members', readMember);
}

const TEAM_SPEC = objectSpec({
  id: [readLenientString],
  slug: [readString],
  name: [readString],
  memberCount: [readCount],
});

function readTeam(ctx: ReadContext, item: unknown, path: Path): Team | undefined {
  const team = readObject<Team & { extra?: unknown }>(ctx, item, path, undefined, TEAM_SPEC, 'team object');
  if (team === undefined) return undefined;
  delete team.extra;
  if (team.id === undefined || team.slug === undefined) {
    report(ctx, path, undefined, 'team with id and slug', item, 'dropped');
    return undefined;
  }
  team.name ??= team.slug;
  return team;
}

/** Normalizes `GET /organizations/{org}/teams/`. Never throws; off items become problems. */
export function normalizeTeamList(input: unknown): NormalizeResult<Team[]> {
  return normalizeListOf(input, 'array of teams', readTeam);
}

/** Normalizes `GET /organizations/{org}/releases/`: each release's version and dates. */
export function normalizeReleaseList(input: unknown): NormalizeResult<Release[]> {
  return normalizeListOf(input, 'array of releases', readReleaseItem);
}

const RELEASE_SPEC = objectSpec({
  version: [readString],
  shortVersion: [readString],
  dateCreated: [readTimestamp],
  firstEvent: [readTimestamp],
  lastEvent: [readTimestamp],
});

function readReleaseItem(ctx: ReadContext, item: unknown, path: Path): Release | undefined {
  const release = readObject<Release>(ctx, item, path, undefined, RELEASE_SPEC, 'release object');
  if (release === undefined) return undefined;
  // Projects, authors and commit counts are Sentry's release page, not the chart's markers.
  delete release.extra;
  if (release.version === undefined || release.version === '') {
    report(ctx, path, undefined, 'release with a version', item, 'dropped');
    return undefined;
  }
  return release;
}
