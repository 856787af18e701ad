/** The main navigation and which section a URL belongs to. */
export const NAV_SECTIONS = [
  { href: '/nieuws/', label: 'Nieuws' },
  { href: '/netwerken/', label: 'Netwerken' },
  { href: '/projecten/', label: 'Projecten' },
  { href: '/pacten/', label: 'Pacten' },
  { href: '/themas/', label: 'Thema’s' },
  { href: '/organisaties/', label: 'Organisaties' },
  { href: '/zoeken/', label: 'Zoeken' },
] as const;

/** The nav href of the section a path is in ("/nieuws/2/" → "/nieuws/"), or undefined. */
export function currentSection(pathname: string): string | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  return NAV_SECTIONS.find((s) => s.href === `/${first}/`)?.href;
}
