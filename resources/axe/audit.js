// SPDX-License-Identifier: GPL-2.0-or-later
// The full accessibility audit, injected by AxeAudit into the application's isolated script
// world just before axe-core itself. axe.run() answers with a promise the app cannot await, so
// each run leaves its result here under the app's token and the app collects it with poll().
(function () {
    'use strict';

    // The preview turns JavaScript off for the page, and Chromium then never fires setTimeout,
    // even in this world; axe-core waits on it between rules. This world gets its own timers:
    // message-channel tasks for "as soon as possible" (still yielding to the renderer between
    // rules), and animation frames or the app's polls for anything later. The page's own world
    // is untouched.
    const soon = [];
    const later = new Map();
    let nextId = 1;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
        const task = soon.shift();
        if (task && later.delete(task.id))
            task.fn(...task.args);
    };
    let frameAsked = false;
    function runDue() {
        const now = performance.now();
        for (const [id, timer] of later) {
            if (timer.due !== undefined && timer.due <= now && later.delete(id))
                timer.fn(...timer.args);
        }
    }
    function askFrame() {
        if (frameAsked)
            return;
        frameAsked = true;
        requestAnimationFrame(() => {
            frameAsked = false;
            runDue();
            for (const timer of later.values()) {
                if (timer.due !== undefined) {
                    askFrame();
                    break;
                }
            }
        });
    }
    window.setTimeout = (fn, delay, ...args) => {
        const id = nextId++;
        const callback = typeof fn === 'function' ? fn : () => {};
        if (!(delay > 0)) {
            later.set(id, { fn: callback, args });
            soon.push({ id, fn: callback, args });
            channel.port2.postMessage(0);
        } else {
            later.set(id, { fn: callback, args, due: performance.now() + delay });
            askFrame();
        }
        return id;
    };
    window.clearTimeout = (id) => {
        later.delete(id);
    };

    // Rules that judge the whole page, i.e. the council's theme, not the author's body.
    const pageRules = [
        'bypass', 'document-title', 'frame-tested', 'html-has-lang', 'html-lang-valid',
        'html-xml-lang-mismatch', 'landmark-one-main', 'landmark-no-duplicate-banner',
        'landmark-no-duplicate-contentinfo', 'landmark-no-duplicate-main', 'meta-refresh',
        'meta-viewport', 'meta-viewport-large', 'page-has-heading-one', 'region',
    ];
    const rules = {};
    for (const id of pageRules)
        rules[id] = { enabled: false };
    const options = {
        runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
        rules,
        resultTypes: ['violations'],
        elementRef: true,
        // Frames are blocked by the preview's policy; waiting for them to answer would only
        // stall the audit.
        iframes: false,
        // The body brings no style sheets of its own, and the preview's policy forbids fetching
        // the theme's again.
        preload: false,
    };

    // Only the latest run's result is kept: a run that timed out in the app is forgotten.
    let latest = 0;
    let result = null;
    // axe refuses to start while a run is under way, so runs queue behind each other.
    let queue = Promise.resolve();

    const root = () => document.getElementById('body');

    // The top-level block of #body holding `element`: it carries the source lines.
    function blockOf(element) {
        const body = root();
        let node = element;
        while (node && node.parentElement !== body)
            node = node.parentElement;
        return node;
    }

    // The words a reader sees in the element, cut at a word boundary, so the app can find
    // them in the author's source; an image's address instead, as it has no words.
    function anchorOf(element) {
        if (element.localName === 'img')
            return element.getAttribute('src') || '';
        const text = (element.textContent || '').replace(/\s+/g, ' ').trim();
        if (text.length <= 60)
            return text;
        const cut = text.lastIndexOf(' ', 60);
        return text.slice(0, cut > 20 ? cut : 60);
    }

    function flatten(violations) {
        const nodes = [];
        for (const rule of violations) {
            for (const node of rule.nodes) {
                const block = node.element ? blockOf(node.element) : null;
                nodes.push({
                    rule: rule.id,
                    impact: node.impact || rule.impact || '',
                    tags: rule.tags,
                    help: rule.help,
                    description: rule.description,
                    helpUrl: rule.helpUrl,
                    first: block ? Number(block.dataset.first) || 0 : 0,
                    last: block ? Number(block.dataset.last) || 0 : 0,
                    anchor: node.element ? anchorOf(node.element) : '',
                });
            }
        }
        return nodes;
    }

    window.lgaAxe = {
        start(token) {
            latest = token;
            result = null;
            // The catch keeps the queue going after a failed run.
            queue = queue
                .then(() => {
                    if (token !== latest)
                        return;
                    return axe.run(root(), options).then((found) => {
                        if (token === latest)
                            result = { token, ok: true, nodes: flatten(found.violations) };
                    });
                })
                .catch((error) => {
                    if (token === latest)
                        result = { token, ok: false, error: String(error) };
                });
            return true;
        },

        // The run's result as JSON once it is there (handed over once), otherwise null.
        poll(token) {
            runDue();
            if (!result || result.token !== token)
                return null;
            const json = JSON.stringify(result);
            result = null;
            return json;
        },

        // Forgets the current run: its result, when it comes, is dropped.
        cancel() {
            latest = -1;
            result = null;
            return true;
        },
    };
})();
