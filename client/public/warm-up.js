// Runs by itself as soon as it arrives (an async classic script, no imports), while the app's
// scripts are still downloading: the main thread is idle then. The first Intl formatter a page
// makes loads the Thai locale data — ~0.1 s of a phone's main thread (bench/phone.ts, 4× CPU)
// that otherwise falls inside the first render. The data stays loaded for the formatters
// client/lib/format.ts makes later.
new Intl.NumberFormat('th-TH', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(1234.5);
new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'short', year: 'numeric' }).format(0);
