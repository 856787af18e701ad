/**
 * Numbers in Dutch words ("twaalfhonderd", "één komma twee"), so a message can
 * ask which of two readings an editor meant without another number to misread.
 * Whole numbers below a million, and decimals read digit group by digit group.
 */
const UNITS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

function below100(n: number): string {
  if (n < 20) return UNITS[n]!;
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10)]!;
  if (unit === 0) return tens;
  // Tweeëntwintig, drieëntwintig: a trema where "e" meets "en".
  const first = UNITS[unit]!;
  return `${first}${first.endsWith('e') ? 'ën' : 'en'}${tens}`;
}

function below1000(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? '' : `${hundreds === 1 ? '' : UNITS[hundreds]!}honderd`;
  return rest === 0 ? head || 'nul' : `${head}${below100(rest)}`;
}

/** A whole number from 0 to 999,999 in words; larger ones stay in digits. */
export function wholeInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000) return String(n);
  if (n === 1) return 'één';
  // 1200 is "twaalfhonderd", as people say it; 12,500 is "twaalfduizend vijfhonderd".
  if (n >= 1100 && n < 10_000 && Math.floor(n / 100) % 10 !== 0) return `${below100(Math.floor(n / 100))}honderd${n % 100 ? below100(n % 100) : ''}`;
  if (n < 1000) return below1000(n);
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return `${thousands === 1 ? '' : below1000(thousands)}duizend${rest ? ` ${below1000(rest)}` : ''}`;
}

/** A decimal as it is read aloud: "één komma twee", "twaalf komma vijfentwintig", "één komma nul vijf". */
export function decimalInWords(whole: string, fraction: string): string {
  const digits = fraction.replace(/0+$/, '');
  const head = wholeInWords(Number(whole));
  if (digits === '') return head;
  const zeros = /^0*/.exec(digits)![0].length;
  const tail = [...Array(zeros).fill('nul'), wholeInWords(Number(digits.slice(zeros)))].join(' ');
  return `${head} komma ${tail}`;
}
