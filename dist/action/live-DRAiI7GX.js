export { t as collectLiveKubernetes } from "./live-BQq1YQ4C.js";
