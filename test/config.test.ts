/**
 * Configuration, as a table: what a page sets in, the config, language, theme and console lines
 * out. `readConfig` is pure, so every case runs without an element.
 */
import {expect} from '@open-wc/testing';
import {cleanText, MAX_OFFICES, MAX_TEXT, quote, type Say} from '../src/config/config.js';
import {telHref} from '../src/config/phone.js';
import {readConfig, type Input} from '../src/config/read-config.js';

const base = 'https://clinic.example/find/';
const read = (input: Partial<Input>) => readConfig({base, ...input});

describe('config', () => {
  const phones: [string, string][] = [
    ['(269) 555-0100', 'tel:2695550100'],
    ['+1 269 555 0100', 'tel:+12695550100'],
    ['+1 (269) 555-0100', 'tel:+12695550100'],
    // An extension is dialled after a pause, as phones do with a comma.
    ['269.555.0100 ext. 12', 'tel:2695550100,12'],
    ['269-555-0100 x7', 'tel:2695550100,7'],
    ['+1 269 555 0100 #12', 'tel:+12695550100,12'],
    ['(269) 555-0100, extension 4', 'tel:2695550100,4'],
    ['911', 'tel:911'],
    // Letters dial as on a keypad; an X in a word is a letter, not "extension".
    ['1-800-VEIN-DOC', 'tel:18008346362'],
    ['1-800-FIX-VEIN', 'tel:18003498346'],
    ['1 800 VEIN-DOC', 'tel:18008346362'],
    // Words beside a number are not dialled; a number needs all its digits then.
    ['269-555-0100 (front desk)', 'tel:2695550100'],
    // What follows the number is shown, never dialled (each once dialled a wrong number).
    ['(269) 555-0100 (24/7)', 'tel:2695550100'],
    ['(269) 555-0100, option 2', 'tel:2695550100'],
    ['(269) 555-0100 (Mon-Fri 8-5)', 'tel:2695550100'],
    ['(269) 555-0100 / 0200', 'tel:2695550100'],
    ['269-555-0100 or 269-555-0200', 'tel:2695550100'],
    ['269 555 0100 (0200)', 'tel:2695550100'],
    // The trunk "(0)" is dropped after a country code.
    ['+44 (0)20 7946 0958', 'tel:+442079460958'],
    ['+44 (0) 20 7946 0958', 'tel:+442079460958'],
    ['Front desk: 269-555-0100', 'tel:2695550100'],
    // No one number to dial: no button, never a wrong call.
    ['1-800-VEIN DOC', ''],
    ['Option 2: 269-555-0100', ''],
    ['(Mon-Fri 8-5)', ''],
    ['269-555-0100 - 269-555-0200', ''],
    ['call us', ''],
    ['help', ''],
    ['12', ''],
  ];
  for (const [input, href] of phones) {
    it(`telHref(${JSON.stringify(input)}) = ${JSON.stringify(href)}`, () => {
      expect(telHref(input)).to.equal(href);
    });
  }

  /** [what the page set, what the config holds, how many console lines]. */
  const cases: [
    string,
    Partial<Input>,
    (read: ReturnType<typeof readConfig>) => unknown,
    unknown,
    number,
  ][] = [
    [
      'defaults',
      {},
      (r) => [r.config.emergencyNumber, r.lang, r.theme, r.config.offices],
      ['911', 'en', 'auto', []],
      0,
    ],
    [
      'a https booking link',
      {bookingUrl: 'https://example.com/book'},
      (r) => r.config.bookingUrl,
      'https://example.com/book',
      0,
    ],
    [
      'a relative booking link, against the page',
      {bookingUrl: '../book'},
      (r) => r.config.bookingUrl,
      'https://clinic.example/book',
      0,
    ],
    [
      'a URL object as booking link',
      {bookingUrl: new URL('https://example.com/b')},
      (r) => r.config.bookingUrl,
      'https://example.com/b',
      0,
    ],
    [
      'mailto and tel links',
      {bookingUrl: 'mailto:front@example.com'},
      (r) => r.config.bookingUrl,
      'mailto:front@example.com',
      0,
    ],
    ['javascript: link', {bookingUrl: ' JaVaScRiPt:alert(1)'}, (r) => r.config.bookingUrl, '', 1],
    [
      'data: link',
      {bookingUrl: 'data:text/html,<script>alert(1)</script>'},
      (r) => r.config.bookingUrl,
      '',
      1,
    ],
    [
      'a number as phone is used as text',
      {phone: 2695550100},
      (r) => r.config.phone,
      '2695550100',
      0,
    ],
    [
      'a number as emergency number',
      {emergencyNumber: 112},
      (r) => r.config.emergencyNumber,
      '112',
      0,
    ],
    [
      'a blank emergency number',
      {emergencyNumber: '  '},
      (r) => r.config.emergencyNumber,
      '911',
      0,
    ],
    [
      'an odd emergency number',
      {emergencyNumber: 'call 911!'},
      (r) => r.config.emergencyNumber,
      '911',
      1,
    ],
    ['NaN as phone', {phone: NaN}, (r) => r.config.phone, '', 1],
    ['an object as clinic name', {clinicName: {a: 1}}, (r) => r.config.clinicName, '', 1],
    ['a URL object as phone', {phone: new URL('https://x.example')}, (r) => r.config.phone, '', 1],
    ['a phone that cannot be dialled', {phone: 'ask at desk'}, (r) => r.config.phone, '', 1],
    [
      'bidi and control characters are stripped',
      {clinicName: 'Vein\u202e Care\u0000\u2066 Clinic\u200f'},
      (r) => r.config.clinicName,
      'Vein Care Clinic',
      0,
    ],
    [
      'white space folded',
      {clinicName: '  Vein \n\t Care  '},
      (r) => r.config.clinicName,
      'Vein Care',
      0,
    ],
    [
      'the offices attribute',
      {offices: 'Kalamazoo; Allegan ;; Battle Creek;'},
      (r) => r.config.offices.map((o) => o.name),
      ['Kalamazoo', 'Allegan', 'Battle Creek'],
      0,
    ],
    [
      'offices as a list',
      {offices: [{name: 'A'}, 'B']},
      (r) => r.config.offices.map((o) => o.name),
      ['A', 'B'],
      0,
    ],
    [
      'an office named by a number',
      {offices: [{name: 7}]},
      (r) => r.config.offices.map((o) => o.name),
      ['7'],
      0,
    ],
    [
      'an office without a name',
      {offices: [{address: '1 Main'}, {name: 'B'}]},
      (r) => r.config.offices.map((o) => o.name),
      ['B'],
      1,
    ],
    [
      'a number in the list',
      {offices: [42, null]},
      (r) => r.config.offices.map((o) => o.name),
      ['42'],
      1,
    ],
    ['offices not a list', {offices: {name: 'A'}}, (r) => r.config.offices, [], 1],
    [
      'a list a framework wrote as text before the script loaded',
      {offices: '[object Object],[object Object]'},
      (r) => r.config.offices,
      [],
      1,
    ],
    [
      'blank coordinates mean none, never 0',
      {offices: [{name: 'A', lat: ' ', lng: ''}]},
      (r) => 'lat' in r.config.offices[0],
      false,
      0,
    ],
    [
      'non-numeric coordinates',
      {offices: [{name: 'A', lat: 'north', lng: '-85'}]},
      (r) => 'lat' in r.config.offices[0],
      false,
      2,
    ],
    [
      'half coordinates',
      {offices: [{name: 'A', lat: '41.8', lng: ''}]},
      (r) => 'lat' in r.config.offices[0],
      false,
      1,
    ],
    [
      'coordinates out of range',
      {offices: [{name: 'A', lat: '200', lng: '-85'}]},
      (r) => 'lat' in r.config.offices[0],
      false,
      2,
    ],
    [
      'good coordinates',
      {offices: [{name: 'A', lat: '42.53', lng: -85.85}]},
      (r) => [r.config.offices[0].lat, r.config.offices[0].lng],
      [42.53, -85.85],
      0,
    ],
    [
      'duplicate office names merged',
      {offices: 'Allegan; allegan; Sturgis'},
      (r) => r.config.offices.map((o) => o.name),
      ['Allegan', 'Sturgis'],
      1,
    ],
    [
      'children merged into the list by name',
      {
        offices: 'Kalamazoo; Allegan',
        children: [{name: 'kalamazoo', address: '1 Main'}, {name: 'Sturgis'}],
      },
      (r) => r.config.offices.map((o) => [o.name, o.address]),
      [
        ['kalamazoo', '1 Main'],
        ['Allegan', ''],
        ['Sturgis', ''],
      ],
      0,
    ],
    ['a child without a name', {children: [{name: ''}]}, (r) => r.config.offices, [], 1],
    // A name of characters that print nothing looks blank: read as no name at all.
    [
      'a clinic name of zero-width spaces',
      {clinicName: '\u200b\u200b\ufeff'},
      (r) => r.config.clinicName,
      '',
      0,
    ],
    [
      'a clinic name with a joined emoji keeps it',
      {clinicName: 'Vein 🦵\u200d🦵'},
      (r) => r.config.clinicName,
      'Vein 🦵\u200d🦵',
      0,
    ],
    // A site address without https:// is a site, not a page beside this one.
    [
      'a booking link without its scheme',
      {bookingUrl: 'www.example.com/book'},
      (r) => r.config.bookingUrl,
      'https://www.example.com/book',
      1,
    ],
    [
      'a booking link of a bare domain and path',
      {bookingUrl: 'book.example.com/now'},
      (r) => r.config.bookingUrl,
      'https://book.example.com/now',
      1,
    ],
    [
      'a relative booking page stays relative',
      {bookingUrl: 'booking.html'},
      (r) => r.config.bookingUrl,
      'https://clinic.example/find/booking.html',
      0,
    ],
    ['theme dark', {theme: 'dark'}, (r) => r.theme, 'dark', 0],
    ['theme removed means auto', {theme: null}, (r) => r.theme, 'auto', 0],
    ['an unknown theme', {theme: 'blue'}, (r) => r.theme, 'auto', 1],
    ['lang on the element', {lang: 'es-MX'}, (r) => r.lang, 'es', 0],
    ['lang in capitals', {lang: 'ES'}, (r) => r.lang, 'es', 0],
    ["the page's lang", {pageLang: 'es'}, (r) => r.lang, 'es', 0],
    ["the element's lang wins", {lang: 'en', pageLang: 'es'}, (r) => r.lang, 'en', 0],
    ['an unknown lang', {lang: 'de-AT'}, (r) => r.lang, 'en', 1],
    ['lang="constructor"', {lang: 'constructor'}, (r) => r.lang, 'en', 1],
    ['lang="__proto__"', {lang: '__proto__'}, (r) => r.lang, 'en', 1],
    ['lang="toString" on the page', {pageLang: 'toString'}, (r) => r.lang, 'en', 1],
    ['a number as lang', {lang: 5}, (r) => r.lang, 'en', 1],
    // A clinic's own language file: its code, then the fingerprint words:import printed.
    [
      "a clinic's own language: offered, with its fingerprint",
      {
        languages:
          'en es vi sha384-IFdqQS/dX9ID5NjvE1TNjcP/nl3Smlsf5gQ5UDrcVGZm5FL4CoyWEk1fuPffJeE8',
      },
      (r) => [r.languages, r.files],
      [
        ['en', 'es', 'vi'],
        {vi: 'sha384-IFdqQS/dX9ID5NjvE1TNjcP/nl3Smlsf5gQ5UDrcVGZm5FL4CoyWEk1fuPffJeE8'},
      ],
      0,
    ],
    [
      "a clinic's own language as the page's lang",
      {
        languages: 'VI sha384-IFdqQS/dX9ID5NjvE1TNjcP/nl3Smlsf5gQ5UDrcVGZm5FL4CoyWEk1fuPffJeE8',
        pageLang: 'vi-VN',
      },
      (r) => [r.lang, r.languages],
      ['vi', ['vi']],
      0,
    ],
    [
      "a clinic's own language with no fingerprint is left out",
      {languages: 'en es vi', pageLang: 'vi'},
      (r) => [r.lang, r.languages, r.files],
      ['en', ['en', 'es'], {}],
      2,
    ],
    [
      'a fingerprint the browser would not check (sha1) is no fingerprint',
      {languages: 'en vi sha1-abc'},
      (r) => [r.languages, r.files],
      [['en'], {}],
      2,
    ],
    [
      'a built-in language with a fingerprint keeps its own words, with one line',
      {languages: 'en es sha384-IFdqQS/dX9ID5NjvE1TNjcP/nl3Smlsf5gQ5UDrcVGZm5FL4CoyWEk1fuPffJeE8'},
      (r) => [r.languages, r.files],
      [['en', 'es'], {}],
      1,
    ],
    [
      'a fingerprint after a code that is not a language',
      {
        languages:
          'en viet sha384-IFdqQS/dX9ID5NjvE1TNjcP/nl3Smlsf5gQ5UDrcVGZm5FL4CoyWEk1fuPffJeE8',
      },
      (r) => [r.languages, r.files],
      [['en'], {}],
      1,
    ],
  ];
  for (const [name, input, pick, want, lines] of cases) {
    it(`${name}: ${lines} console line${lines === 1 ? '' : 's'}`, () => {
      const result = read(input);
      expect(pick(result)).to.deep.equal(want);
      expect(result.warnings, result.warnings.join('\n')).to.have.length(lines);
      for (const line of result.warnings) expect(line).to.match(/^<leg-pain-(check|office)[^>]*> /);
    });
  }

  it('never throws, whatever a property holds', () => {
    const circular: Record<string, unknown> = {name: 'Loop'};
    circular.self = circular;
    const odd = [
      undefined,
      null,
      0,
      -1,
      NaN,
      Infinity,
      true,
      {},
      [],
      circular,
      [circular],
      Symbol('x'),
      () => 1,
      new URL('https://x.example'),
      new Date(0),
      'x'.repeat(10_000),
    ];
    let count = 0;
    for (const value of odd) {
      for (const key of [
        'clinicName',
        'phone',
        'bookingUrl',
        'emergencyNumber',
        'offices',
        'theme',
        'lang',
      ] as const) {
        const result = read({[key]: value});
        expect(result.config.emergencyNumber).to.match(/^\d+$/);
        count++;
      }
    }
    expect(count).to.equal(odd.length * 7);
  });

  it('names the property in each line, and quotes at most about 80 characters of a value', () => {
    const {warnings} = read({phone: {x: 'y'.repeat(1000)}, clinicName: 'A'.repeat(1_000_000)});
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.include('clinic-name=');
    expect(warnings[1]).to.include('phone=');
    for (const line of warnings) expect(line.length).to.be.below(220);
    expect(quote('A'.repeat(1_000_000))).to.match(/^A{77}… \(1000000 characters\)$/);
  });

  it('cuts a 1 MB value to the cap at once', () => {
    const lines: string[] = [];
    const say: Say = (...args) => lines.push(args.join(' '));
    const started = performance.now();
    const text = cleanText(' A'.repeat(500_000), 'leg-pain-check', 'clinic-name', say);
    expect(performance.now() - started).to.be.below(50);
    expect(text.length).to.be.at.most(MAX_TEXT);
    expect(lines).to.have.length(1);
  });

  it(`shows at most ${MAX_OFFICES} offices from a huge list, with one line`, () => {
    const {config, warnings} = read({offices: 'Office; '.repeat(200_000)});
    // All are named "Office": merged into one, with one line for the duplicates' merge.
    expect(config.offices).to.have.length(1);
    const many = read({offices: Array.from({length: 80}, (_, i) => `Office ${i}`).join(';')});
    expect(many.config.offices).to.have.length(MAX_OFFICES);
    expect(many.warnings).to.have.length(1);
    expect(warnings.length).to.be.at.most(2);
  });

  it(`shows at most ${MAX_OFFICES} offices from child elements too, and from both together, with one line`, () => {
    const children = Array.from({length: 60}, (_, i) => ({name: `Child ${i}`}));
    const fromChildren = read({children});
    expect(fromChildren.config.offices).to.have.length(MAX_OFFICES);
    expect(fromChildren.config.offices[0].name).to.equal('Child 0');
    expect(fromChildren.warnings).to.have.length(1);
    expect(fromChildren.warnings[0]).to.include(`over ${MAX_OFFICES}`);
    const both = read({offices: 'A; B; C', children: children.slice(0, 49)});
    expect(both.config.offices).to.have.length(MAX_OFFICES);
    expect(both.config.offices.slice(0, 3).map((o) => o.name)).to.deep.equal(['A', 'B', 'C']);
    expect(both.warnings).to.have.length(1);
  });

  it('cuts a long value between characters, never inside one (an emoji is two units)', () => {
    const lines: string[] = [];
    const say: Say = (...args) => lines.push(args.join(' '));
    for (const pad of [MAX_TEXT - 1, MAX_TEXT - 2, MAX_TEXT * 2 - 1]) {
      const text = cleanText(`${'a'.repeat(pad)}🦵🦵🦵`, 'leg-pain-check', 'clinic-name', say);
      expect(text, String(pad)).to.not.match(/[\ud800-\udbff]$/);
      expect(text.includes('\ufffd'), String(pad)).to.be.false;
      expect(
        [...text].every(
          (c) => c.length === 2 || c.charCodeAt(0) < 0xd800 || c.charCodeAt(0) > 0xdfff,
        ),
      ).to.be.true;
    }
  });
});
