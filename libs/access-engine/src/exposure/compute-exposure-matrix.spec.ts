import { generateOrganisation } from '@sightline/odoo-corpus';
import { AccessEngine } from '../engine/access-engine';
import { corpusSnapshot } from '../testing/corpus-snapshot.test-util';
import { computeExposureMatrix } from './compute-exposure-matrix.util';
import { computeUserExposure } from './compute-user-exposure.util';

describe('computeExposureMatrix', () => {
  const snapshot = generateOrganisation(corpusSnapshot('18.0', ['hr', 'hr_holidays', 'hr_recruitment']), { users: 400, seed: 3 });
  const engine = AccessEngine.create(snapshot);
  const matrix = computeExposureMatrix(engine);

  it('lists every user once: active ones in a profile, inactive ones apart', () => {
    const listed = [...matrix.profiles.flatMap((p) => p.userKeys), ...matrix.userKeysWithoutAccess].sort();
    expect(listed).toEqual(snapshot.users.map((u) => u.key).sort());
    expect(matrix.userKeysWithoutAccess).toEqual(snapshot.users.filter((u) => !u.active && u.key !== 'base.user_root').map((u) => u.key));
    expect(matrix.profiles.length).toBeLessThan(snapshot.users.length / 2);
  });

  it('has one cell per classified field in every profile, equal to each member user exposure', () => {
    for (const profile of matrix.profiles) {
      expect(profile.cells).toHaveLength(matrix.fields.length);
      const user = computeUserExposure(engine, profile.userKeys[0]!);
      const readable = matrix.fields.filter((_, i) => profile.cells[i]!.read || profile.cells[i]!.write).map((f) => f.key);
      expect(user.fields.map((f) => f.field.key)).toEqual(readable);
    }
  });
});
