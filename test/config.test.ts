/** Attribute and child-element parsing: table-driven, each odd input warned about once. */
import {expect} from '@open-wc/testing';
import {
  cleanEmergency,
  cleanPhone,
  cleanText,
  makeOffice,
  MAX_TEXT,
  mergeOffices,
  parseOfficeList,
  readOfficeProperty,
  safeUrl,
  telHref,
} from '../src/config/config.js';
import {warnings} from './helpers/drive.js';

describe('config', () => {
  const phones: [string, string][] = [
    ['(269) 555-0100', 'tel:2695550100'],
    ['+1 269 555 0100', 'tel:+12695550100'],
    ['269.555.0100 ext. 12', 'tel:2695550100;ext=12'],
    ['269-555-0100 x7', 'tel:2695550100;ext=7'],
    ['911', 'tel:911'],
    ['call us', ''],
    ['12', ''],
  ];
  for (const [input, href] of phones) {
    it(`telHref(${JSON.stringify(input)}) = ${JSON.stringify(href)}`, () => {
      expect(telHref(input)).to.equal(href);
    });
  }

  const urls: [string, string, boolean][] = [
    ['https://example.com/book', 'https://example.com/book', false],
    ['http://example.com/', 'http://example.com/', false],
    ['mailto:front@example.com', 'mailto:front@example.com', false],
    ['tel:+12695550100', 'tel:+12695550100', false],
    ['javascript:alert(1)', '', true],
    [' JaVaScRiPt:alert(1)', '', true],
    ['data:text/html,<script>alert(1)</script>', '', true],
    ['vbscript:x', '', true],
    ['', '', false],
  ];
  for (const [input, output, warns] of urls) {
    it(`safeUrl(${JSON.stringify(input)}) keeps only safe links`, async () => {
      let result = '';
      const logged = await warnings(
        () => (result = safeUrl(input, 'leg-pain-check', 'booking-url')),
      );
      expect(result).to.equal(output);
      expect(logged.length).to.equal(warns ? 1 : 0);
      if (warns) expect(logged[0]).to.match(/^<leg-pain-check> booking-url=".*":/);
    });
  }

  it('resolves a relative booking link against the page', () => {
    expect(safeUrl('/book', 'leg-pain-check', 'booking-url')).to.equal(`${location.origin}/book`);
  });

  it('defaults the emergency number to 911 and rejects odd ones with a warning', async () => {
    expect(cleanEmergency(null)).to.equal('911');
    expect(cleanEmergency(' 112 ')).to.equal('112');
    expect(cleanEmergency('000')).to.equal('000');
    const logged = await warnings(() => expect(cleanEmergency('call 911!')).to.equal('911'));
    expect(logged[0]).to.include('emergency-number="call 911!"');
  });

  it('caps a 100 KB value, with one short warning', async () => {
    const huge = 'A'.repeat(100_000);
    let text = '';
    const logged = await warnings(() => (text = cleanText(huge, 'leg-pain-check', 'clinic-name')));
    expect(text.length).to.equal(MAX_TEXT);
    expect(logged.length).to.equal(1);
    expect(logged[0].length).to.be.below(300);
    expect(logged[0]).to.include('clinic-name');
  });

  it('leaves out a phone number that cannot be dialled', async () => {
    const logged = await warnings(() =>
      expect(cleanPhone('ask at desk', 'leg-pain-check', 'phone')).to.equal(''),
    );
    expect(logged[0]).to.include('phone="ask at desk"');
  });

  it('parses the offices list', () => {
    expect(parseOfficeList('Kalamazoo; Allegan ;; Battle Creek;').map((o) => o.name)).to.deep.equal(
      ['Kalamazoo', 'Allegan', 'Battle Creek'],
    );
    expect(parseOfficeList(null)).to.deep.equal([]);
  });

  it('drops an office without a name, and half coordinates, with warnings', async () => {
    const logged = await warnings(() => {
      expect(makeOffice({name: '  '})).to.equal(undefined);
      const office = makeOffice({name: 'Sturgis', lat: '41.8', lng: ''})!;
      expect(office.lat).to.equal(undefined);
      const bad = makeOffice({name: 'Coldwater', lat: '200', lng: '-85'})!;
      expect(bad.lat).to.equal(undefined);
    });
    expect(logged.length).to.equal(4);
    expect(logged[0]).to.match(/^<leg-pain-office> name=/);
    const good = makeOffice({name: 'Allegan', lat: '42.53', lng: -85.85})!;
    expect([good.lat, good.lng]).to.deep.equal([42.53, -85.85]);
  });

  it('reads the offices property from frameworks and refuses non-lists', async () => {
    expect(readOfficeProperty([{name: 'A'}, 'B']).map((o) => o.name)).to.deep.equal(['A', 'B']);
    const logged = await warnings(() => {
      expect(readOfficeProperty({name: 'A'})).to.deep.equal([]);
      expect(readOfficeProperty([42])).to.deep.equal([]);
    });
    expect(logged.length).to.equal(2);
  });

  it('merges listed offices with the details of children of the same name', () => {
    const listed = parseOfficeList('Kalamazoo; Allegan');
    const detailed = [
      makeOffice({name: 'kalamazoo', address: '1 Main'})!,
      makeOffice({name: 'Sturgis'})!,
    ];
    expect(mergeOffices(listed, detailed).map((o) => [o.name, o.address])).to.deep.equal([
      ['kalamazoo', '1 Main'],
      ['Allegan', ''],
      ['Sturgis', ''],
    ]);
  });
});
