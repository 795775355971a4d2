// src/engine/errors.ts
/**
* The two kinds of failure a user sees. `InputError` and `UsageError`: something the user
* gave us is wrong, said in one line that names the file and the place; exit 2.
* Anything else reaching the CLI is our bug; exit 2 with a request to report it.
*/
var UsageError = class extends Error {
	name = "UsageError";
};
var InputError = class extends Error {
	name = "InputError";
	file;
	place;
	/** The message without the file: the place and what is wrong there. */
	reason;
	constructor(file, place, detail) {
		const reason = place ? `${place}: ${detail}` : detail;
		super(`${file}: ${reason}`);
		this.file = file;
		this.place = place;
		this.reason = reason;
	}
};
/** A report or snapshot path that cannot be written as asked (not a regular file, a folder that cannot be made): exit 2, nothing written. */
var OutputError = class extends InputError {
	name = "OutputError";
	constructor(path, detail) {
		super(path, void 0, detail);
	}
};
export { OutputError as n, UsageError as r, InputError as t };
