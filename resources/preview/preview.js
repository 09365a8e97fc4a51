// SPDX-License-Identifier: GPL-2.0-or-later
// Runs in the application's isolated script world, never in the page's own world. It receives
// already sanitized blocks from the app and patches only what changed, so the view keeps its
// scroll position and never flickers.
(function () {
    'use strict';
    const body = () => document.getElementById('body');

    function blockFrom(html) {
        const template = document.createElement('template');
        template.innerHTML = html;
        // A block is one element; text-only blocks are wrapped so line numbers can sit on them.
        if (template.content.childNodes.length === 1 && template.content.firstChild.nodeType === 1)
            return template.content.firstChild;
        const wrapper = document.createElement('div');
        wrapper.appendChild(template.content);
        return wrapper;
    }

    window.lga = {
        // Replaces `remove` blocks at `start` with `insert` (HTML strings), then renumbers every
        // block with its first and last source line when they moved. Returns the body's block count.
        apply(update) {
            const root = body();
            const kids = root.children;
            for (let i = 0; i < update.remove && update.start < kids.length; ++i)
                root.removeChild(kids[update.start]);
            const anchor = kids[update.start] || null;
            for (const html of update.insert)
                root.insertBefore(blockFrom(html), anchor);
            const lines = update.lines || [];
            for (let i = 0; i < kids.length && i < lines.length; ++i) {
                kids[i].dataset.first = lines[i][0];
                kids[i].dataset.last = lines[i][1];
            }
            if (update.title !== undefined)
                document.getElementById('title').textContent = update.title;
            if (update.summary !== undefined) {
                const summary = document.getElementById('summary');
                summary.textContent = update.summary;
                summary.hidden = update.summary.length === 0;
            }
            return kids.length;
        },

        // The block holding a source line, or the nearest one before it.
        blockAt(line) {
            let found = null;
            for (const kid of body().children) {
                if (Number(kid.dataset.first) > line)
                    break;
                found = kid;
            }
            return found || body().firstElementChild;
        },

        // Scrolls so the block holding `line` sits where the editor shows it: `fraction` is the
        // line's position within the block, so long blocks scroll smoothly too.
        scrollToLine(line, fraction) {
            const block = this.blockAt(line);
            if (!block) {
                window.scrollTo(0, 0);
                return;
            }
            const first = Number(block.dataset.first), last = Number(block.dataset.last);
            const within = last > first ? (line - first) / (last - first + 1) : 0;
            const rect = block.getBoundingClientRect();
            const target = window.scrollY + rect.top + rect.height * within - window.innerHeight * fraction;
            window.scrollTo(0, Math.max(0, target));
        },

        // The source line shown `fraction` of the way down the view: the reverse of scrollToLine.
        lineAt(fraction) {
            const y = window.innerHeight * fraction;
            for (const kid of body().children) {
                const rect = kid.getBoundingClientRect();
                if (rect.bottom < y)
                    continue;
                const first = Number(kid.dataset.first), last = Number(kid.dataset.last);
                const within = rect.height > 0 ? Math.max(0, y - rect.top) / rect.height : 0;
                return Math.round(first + (last - first) * Math.min(1, within));
            }
            const lastKid = body().lastElementChild;
            return lastKid ? Number(lastKid.dataset.last) : 1;
        },

        highlight(line) {
            const previous = document.querySelector('.lgd-highlight');
            const block = this.blockAt(line);
            if (previous && previous !== block)
                previous.classList.remove('lgd-highlight');
            if (block)
                block.classList.add('lgd-highlight');
        },

        // Outlines every block whose source lines overlap a finding's, with the most severe
        // finding's colour, and gives it a title listing what was found. Marks from the
        // previous call are cleared first; a block's own title is kept aside and restored.
        // Outlines the blocks that hold findings, by their worst severity. What was found goes
        // in a data attribute, never in `title`: a title would give an image without alt text
        // or an empty link an accessible name, hiding the very problem from the full audit.
        markFindings(marks) {
            const rank = { error: 0, warning: 1, tip: 2 };
            for (const old of body().querySelectorAll('[data-lga-finding]')) {
                old.classList.remove('lga-finding', 'lga-finding-error', 'lga-finding-warning',
                                     'lga-finding-tip');
                old.removeAttribute('data-lga-finding');
                old.removeAttribute('data-lga-findings');
            }
            let count = 0;
            for (const kid of body().children) {
                const first = Number(kid.dataset.first), last = Number(kid.dataset.last);
                const here = marks.filter((m) => m.first <= last && m.last >= first);
                if (here.length === 0)
                    continue;
                here.sort((a, b) => rank[a.severity] - rank[b.severity]);
                kid.setAttribute('data-lga-finding', here[0].severity);
                kid.setAttribute('data-lga-findings', here.map((m) => m.title).join('\n'));
                kid.classList.add('lga-finding', 'lga-finding-' + here[0].severity);
                ++count;
            }
            return count;
        },

        text() {
            return document.getElementById('title').textContent + '\n' + body().innerText;
        },
    };
})();
