export { t as collectLiveKubernetes } from "./live-hoKlVQUI.js";
