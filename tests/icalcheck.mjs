// Parse an .ics file with Mozilla's ical.js (Thunderbird's parser) and print
// what a client would see as JSON. Used by tests/test_ical.py.
//
//   node tests/icalcheck.mjs FEED.ics
//
// ical.js is loaded from tests/.tools (installed by the test fixture with
// `npm install --prefix tests/.tools ical.js@2`), or from $ICALJS if set.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const lib = process.env.ICALJS
  ? pathToFileURL(process.env.ICALJS).href
  : new URL("./.tools/node_modules/ical.js/dist/ical.js", import.meta.url).href;
const ICAL = (await import(lib)).default;

const text = readFileSync(process.argv[2], "utf8");
const calendar = new ICAL.Component(ICAL.parse(text));

const prop = (component, name) => {
  const p = component.getFirstProperty(name);
  return p ? { value: String(p.getFirstValue()), type: p.type, params: p.toJSON()[1] } : null;
};

const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    startIsUtc: event.startDate.zone === ICAL.Timezone.utcTimezone,
    summary: event.summary,
    description: event.description,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
    transp: vevent.getFirstPropertyValue("transp"),
    categories: vevent.getAllProperties("categories").flatMap((p) => p.getValues()),
    stamp: vevent.getFirstPropertyValue("dtstamp").toJSDate().toISOString(),
    lastModified: vevent.getFirstPropertyValue("last-modified").toJSDate().toISOString(),
    alarms: vevent.getAllSubcomponents("valarm").map((alarm) => ({
      action: alarm.getFirstPropertyValue("action"),
      trigger: String(alarm.getFirstPropertyValue("trigger")),
    })),
  };
});

process.stdout.write(
  JSON.stringify({
    name: prop(calendar, "name"),
    calname: prop(calendar, "x-wr-calname"),
    timezone: prop(calendar, "x-wr-timezone"),
    refresh: prop(calendar, "refresh-interval"),
    events,
  }),
);
