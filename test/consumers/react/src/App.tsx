// More of the typed surface than the README's component uses: every attribute, both handlers,
// <leg-pain-office>, and the element and its events from the DOM. It must type-check; the test
// also checks copies of it with one mistake each, which must not.
import 'leg-pain-check';
import type {} from 'leg-pain-check/react';
import type {ResultDetail} from 'leg-pain-check';
import {useEffect, useState} from 'react';

export function App() {
  const [level, setLevel] = useState<ResultDetail['level'] | null>(null);
  useEffect(() => {
    const widget = document.querySelector('leg-pain-check');
    if (!widget) return;
    widget.offices = [{name: 'B', address: '1 Main St', bookingUrl: 'https://example.com/b'}];
    const onResult = (event: CustomEvent<ResultDetail>) => console.log(event.detail.outcome);
    widget.addEventListener('lpc-result', onResult);
    return () => widget.removeEventListener('lpc-result', onResult);
  }, []);
  return (
    <>
      <leg-pain-check
        clinic-name="Lakeshore Vein & Vascular"
        phone="(269) 555-0100"
        booking-url="https://example.com/book"
        emergency-number="911"
        theme="dark"
        lang="en"
        offices={[{name: 'A', lat: 1, lng: 2}]}
        onlpc-start={(e) => console.log(e.detail)}
        onlpc-result={(e) => setLevel(e.detail.level)}
      >
        <leg-pain-office name="A" />
        <leg-pain-office
          name="Kalamazoo"
          address="1200 Oakland Dr, Kalamazoo, MI 49008"
          phone="(269) 555-0101"
          booking-url="https://example.com/book/kalamazoo"
          lat="42.2917"
          lng="-85.5872"
        />
      </leg-pain-check>
      <p>{level}</p>
    </>
  );
}
