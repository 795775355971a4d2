// src/collectors/read-limits.ts
/** Pages one list may take by default: 1,000 pages are a million Resource Graph rows or 500,000 Kubernetes objects of one kind. */
const DEFAULT_MAX_PAGES = 1e3;
function deadlineAfter(seconds) {
	return {
		signal: AbortSignal.timeout(seconds * 1e3),
		seconds
	};
}
function deadlineMessage(deadline) {
	return `the scan's deadline (--deadline ${deadline.seconds}) passed before this was read`;
}
/**
* One paged list (`nextLink`, `$skipToken`, `continue`): told each page's continuation token, it
* says when to stop following them. Pages already read are kept; the source is then partial.
*/
var PageChain = class {
	maxPages;
	seen = /* @__PURE__ */ new Set();
	pages = 0;
	constructor(maxPages = DEFAULT_MAX_PAGES) {
		this.maxPages = maxPages;
	}
	/** After a page whose continuation token is `token`: undefined to fetch the next page, or why not. */
	stop(token) {
		this.pages += 1;
		if (this.seen.has(token)) return {
			code: "page-loop",
			message: `a continuation token came back after ${this.pages} page(s): the list would never end, so the rest was not read`
		};
		if (this.pages >= this.maxPages) return {
			code: "page-limit",
			message: `stopped after ${this.pages} page(s) (--max-pages ${this.maxPages}); the rest was not read`
		};
		this.seen.add(token);
	}
};
export { deadlineMessage as i, PageChain as n, deadlineAfter as r, DEFAULT_MAX_PAGES as t };
