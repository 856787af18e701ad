/** File-system errors as one Dutch line an editor or a newcomer can act on; undefined for anything else. */
const REASONS: Record<string, string> = {
  EACCES: 'geen toestemming om daar te schrijven',
  EPERM: 'geen toestemming om daar te schrijven',
  EROFS: 'de schijf is alleen-lezen',
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'de schijfruimte voor deze gebruiker is op',
  EBUSY: 'een ander programma gebruikt de map',
  ENOTEMPTY: 'de map is niet leeg',
  EEXIST: 'er staat al iets met die naam',
  ENOENT: 'een map bestaat niet (meer)',
  ENOTDIR: 'een deel van het pad is geen map',
  EISDIR: 'er staat een map waar een bestand verwacht werd',
  EMFILE: 'te veel bestanden tegelijk open',
};

export function fileSystemError(error: unknown): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const reason = code ? REASONS[code] : undefined;
  return reason ? `${reason}${path ? ` (${path})` : ''}` : undefined;
}
