/** The main navigation and which section a URL belongs to. */
import { searchUrl, sectionUrl } from './urls.ts';

export const NAV_SECTIONS = [
  { href: sectionUrl('news'), label: 'Nieuws' },
  { href: sectionUrl('networks'), label: 'Netwerken' },
  { href: sectionUrl('projects'), label: 'Projecten' },
  { href: sectionUrl('pacts'), label: 'Pacten' },
  { href: sectionUrl('themes'), label: 'Thema’s' },
  { href: sectionUrl('organisations'), label: 'Organisaties' },
  { href: searchUrl(), label: 'Zoeken' },
];

/** The nav href of the section a path is in ("/nieuws/2/" → "/nieuws/"), or undefined. */
export function currentSection(pathname: string): string | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  return NAV_SECTIONS.find((s) => s.href === `/${first}/`)?.href;
}
