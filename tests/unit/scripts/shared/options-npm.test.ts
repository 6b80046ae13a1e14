import { describe, expect, it } from 'vitest';
import { optionsTakenByNpm } from '../../../../scripts/shared/options.ts';

const config = {
  options: {
    review: { type: 'string' },
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean' },
  },
} as const;

describe('a command line npm took for itself', () => {
  it('names the options npm kept when `--` is missing, and says how to write the line', () => {
    // npm run import f.docx --review x --dry-run: npm keeps both options and passes `f.docx x`.
    const said = optionsTakenByNpm(config, {
      npm_lifecycle_event: 'import',
      npm_config_review: 'true',
      npm_config_dry_run: 'true',
    });
    expect(said).toContain('npm 把 --review、--dry-run 当成了它自己的设置');
    expect(said).toContain('npm run import -- --review');
  });

  it('says nothing for a command line written with `--`, or outside npm run', () => {
    expect(optionsTakenByNpm(config, { npm_lifecycle_event: 'import' })).toBeUndefined();
    expect(optionsTakenByNpm(config, { npm_config_review: 'true' })).toBeUndefined();
    // npm's own settings that are no option of the command are not its business.
    expect(
      optionsTakenByNpm(config, { npm_lifecycle_event: 'import', npm_config_cache: '/tmp/c' }),
    ).toBeUndefined();
  });
});
