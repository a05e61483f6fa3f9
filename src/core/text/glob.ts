/**
 * Glob matching for the `dossier.articles.*` settings, on workspace-relative paths with `/`
 * separators: `**` (any folders), `*` and `?` (within a name), `{a,b}` alternatives, case-sensitive
 * like VS Code's own file globs.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      pattern += slashAfter ? '(?:.*/)?' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (char === '*') pattern += '[^/]*';
    else if (char === '?') pattern += '[^/]';
    else if (char === '{') {
      const close = glob.indexOf('}', i);
      if (close === -1) { pattern += '\\{'; continue; }
      pattern += `(?:${glob.slice(i + 1, close).split(',').map(escape).join('|')})`;
      i = close;
    } else pattern += escape(char);
  }
  return new RegExp(`^${pattern}$`);
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
}

/** Compiled globs: the same few settings are matched against every file of a workspace. */
const compiledGlobs = new Map<string, RegExp>();

/** True when `path` matches any of `globs`. */
export function matchesAnyGlob(path: string, globs: readonly string[]): boolean {
  return globs.some((glob) => {
    let pattern = compiledGlobs.get(glob);
    if (!pattern) {
      // Settings change rarely; a bound keeps a stream of odd patterns from growing this forever.
      if (compiledGlobs.size >= 256) compiledGlobs.clear();
      compiledGlobs.set(glob, (pattern = globToRegExp(glob)));
    }
    return pattern.test(path);
  });
}
