/** "Bewerk deze pagina": the source file of an entry in the repository's web editor. */
export function editUrl(repository: string, branch: string, filePath: string | undefined): string | undefined {
  if (!filePath || filePath.startsWith('/') || filePath.startsWith('..') || /^[a-z]:/i.test(filePath)) return undefined;
  return `${repository}/edit/${branch}/${filePath.split('\\').join('/')}`;
}
