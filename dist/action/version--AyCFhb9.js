// src/lib/version.ts
const TOOL = {
	name: "aks-audit",
	version: "0.1.0"
};
export { TOOL as t };
