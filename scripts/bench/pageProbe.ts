/**
 * The measuring side that runs inside the page (installed as an init script, so
 * it sees the document from its first node). Everything is timed with
 * performance.now(), whose origin is the navigation's start, and read back once
 * measured, so no Playwright round trip lands inside a measurement.
 *
 * Kept as plain JavaScript text: functions compiled by the TypeScript loader may
 * carry helpers that do not exist in the page.
 *
 * window.__bench:
 *   firstDrawn()            → { timeline, map, list } each { appear, frame, painted } (ms since navigation) or null
 *   arm(spec)               → starts one interaction measurement (see InteractionSpec in interactions.ts)
 *   result()                → Promise of the latest measurement (finished or not)
 *   startFrames()/stopFrames() → rAF deltas and the count of wheel events seen meanwhile
 *   queryPosts              → times the page asked its search worker for a query (the debounced commit)
 */
export const PAGE_PROBE = String.raw`(() => {
  if (window.__bench) return;
  const now = () => performance.now();
  const afterFrame = (done) => requestAnimationFrame(() => {
    const frame = now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(frame, now());
    channel.port2.postMessage(0);
  });

  const queryPosts = [];
  if (typeof Worker !== 'undefined') {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (message && message.type === 'query') queryPosts.push(now());
      return post.call(this, message, ...rest);
    };
  }

  const views = {
    timeline: () => document.querySelector('[data-testid="timeline-svg"] [data-focus-id]'),
    map: () => {
      for (const region of document.querySelectorAll('[data-testid^="map-region-"]')) {
        if (Number(region.getAttribute('data-count')) > 0) return region;
      }
      return null;
    },
    list: () => document.querySelector('[data-testid^="article-item-"]'),
  };
  const drawn = { timeline: null, map: null, list: null };
  const checkViews = () => {
    let missing = 0;
    for (const name of Object.keys(views)) {
      if (drawn[name]) continue;
      if (!views[name]()) { missing++; continue; }
      const entry = { appear: now(), frame: null, painted: null };
      drawn[name] = entry;
      afterFrame((frame, painted) => { entry.frame = frame; entry.painted = painted; });
    }
    return missing;
  };
  const viewObserver = new MutationObserver(() => { if (checkViews() === 0) viewObserver.disconnect(); });
  viewObserver.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-count'] });
  const poll = () => { if (checkViews() > 0) requestAnimationFrame(poll); };
  requestAnimationFrame(poll);

  let current = null;
  let lastDone = Promise.resolve(null);
  const inList = (node) => {
    const element = node && node.nodeType === 1 ? node : node && node.parentElement;
    return Boolean(element && element.closest('[data-testid="article-list"]'));
  };
  const conditions = {
    list: (records) => records.some((record) => inList(record.target)),
    listRows: (records) => records.some((record) => inList(record.target)) && views.list() !== null,
    article: (records, spec) => {
      if (!document.querySelector('[data-testid="article-text"]')) return false;
      const row = document.querySelector('[data-testid="article-item-' + CSS.escape(spec.articleId) + '"]');
      return row !== null && row.getAttribute('aria-selected') === 'true';
    },
  };

  const arm = (spec) => {
    if (current) current.cancel('replaced by a new measurement');
    const state = { t0: null, eventTimeStamp: null, mutation: null, frame: null, painted: null, commit: null, error: null };
    const queryIndex = queryPosts.length;
    let settle;
    const done = new Promise((resolve) => { settle = resolve; });
    const onEvent = (event) => {
      if (state.t0 !== null || !event.isTrusted) return;
      state.t0 = now();
      state.eventTimeStamp = event.timeStamp;
    };
    const finish = () => {
      window.removeEventListener(spec.event, onEvent, true);
      observer.disconnect();
      clearTimeout(timer);
      const commit = queryPosts.slice(queryIndex).find((time) => state.t0 !== null && time >= state.t0);
      state.commit = commit === undefined ? null : commit;
      current = null;
      settle(state);
    };
    const observer = new MutationObserver((records) => {
      if (state.t0 === null || state.mutation !== null) return;
      if (!conditions[spec.until](records, spec)) return;
      state.mutation = now();
      observer.disconnect();
      afterFrame((frame, painted) => { state.frame = frame; state.painted = painted; finish(); });
    });
    window.addEventListener(spec.event, onEvent, true);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => { state.error = state.t0 === null ? 'the triggering event never came' : 'the page never showed the result'; finish(); }, spec.timeoutMs);
    current = { done, cancel: (reason) => { state.error = reason; finish(); } };
    lastDone = done;
    return true;
  };

  let frames = null;
  let wheels = 0;
  const onWheel = () => { wheels++; };
  const startFrames = () => {
    frames = [];
    wheels = 0;
    window.addEventListener('wheel', onWheel, { capture: true, passive: true });
    let last = null;
    const recording = frames;
    const loop = (time) => {
      if (frames !== recording) return;
      if (last !== null) recording.push(time - last);
      last = time;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    return true;
  };
  const stopFrames = () => {
    const recorded = frames || [];
    frames = null;
    window.removeEventListener('wheel', onWheel, { capture: true });
    return { deltas: recorded, wheels };
  };

  window.__bench = {
    firstDrawn: () => drawn,
    arm,
    result: () => lastDone,
    startFrames,
    stopFrames,
    queryPosts,
  };
})();`;
