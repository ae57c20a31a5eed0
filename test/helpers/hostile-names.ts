/**
 * Text an attacker controls in a pull request (git allows all of these in a path, except NUL) or that a log or
 * an API can echo: line breaks that would start workflow commands, markdown that would break a table, forge a
 * link or close a code span, the release-notes marker, bidi overrides.
 */
export const HOSTILE = [
  'a\n::add-mask::x',
  'x|y`z',
  'dist/``double``|pipe',
  '`leading and trailing`',
  ' spaced ',
  'back\\slash\\|pipe\\',
  '[click](https://evil.example)',
  '![img](https://evil.example/x.png)',
  '<img src=x onerror=alert(1)>',
  '**bold** _em_ ~~strike~~ $x$ &amp; @octocat',
  'cr\rlf\r\n|row',
  'rlo\u202egnp.exe',
  'nel\u0085::warning::x',
  '<!-- provlog:provenance:end -->',
];
