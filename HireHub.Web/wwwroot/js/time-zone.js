// Tells HireHub the person's time zone, so the server renders every time in it (never in the server's own zone).
// The zone lives in a cookie, "browser:<IANA zone>" while HireHub follows what the browser reports and
// "chosen:<IANA zone>" once the person picked one in the profile menu. Loaded on every page as a module: the
// Content-Security-Policy allows HireHub's own scripts and no inline ones.
const cookieName = 'HireHub.TimeZone';
const oneYear = 60 * 60 * 24 * 365;

/** The zone the browser runs in, e.g. "Pacific/Auckland". */
export function detectedZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function read() {
    const entry = document.cookie.split('; ').find(c => c.startsWith(cookieName + '='));
    if (!entry) {
        return null;
    }
    const value = decodeURIComponent(entry.substring(cookieName.length + 1));
    const colon = value.indexOf(':');
    return colon < 0 ? { source: 'browser', zone: value } : { source: value.substring(0, colon), zone: value.substring(colon + 1) };
}

function write(source, zone) {
    const secure = location.protocol === 'https:' ? '; secure' : '';
    document.cookie = `${cookieName}=${encodeURIComponent(source + ':' + zone)}; path=/; max-age=${oneYear}; samesite=lax${secure}`;
    const written = read();
    return written !== null && written.source === source && written.zone === zone;
}

/** The profile menu's choice: HireHub shows times in this zone from now on, wherever the browser is. */
export function choose(zone) {
    return write('chosen', zone);
}

/** The profile menu's "follow my browser" again. */
export function followBrowser() {
    return write('browser', detectedZone());
}

// On every page load: a person who has not chosen a zone follows the browser (the first visit, usually the sign-in
// page, and after travelling). A page whose times were rendered in another zone is loaded once more to show them in
// this one; only when the cookie really changed, so a browser refusing cookies or a zone the server lacks never loops.
// "Etc/UTC" and "UTC" are one zone under two names: a page rendered in one needs no reload for the other.
const utc = /^(Etc\/)?(UTC|UCT|Universal|Zulu|GMT0?)$/;
const sameZone = (a, b) => a === b || (utc.test(a) && utc.test(b));
const before = read();
if (before === null || (before.source === 'browser' && before.zone !== detectedZone())) {
    const rendered = document.documentElement.dataset.timeZone;
    if (write('browser', detectedZone()) && rendered !== undefined && !sameZone(rendered, detectedZone())) {
        location.reload();
    }
}
