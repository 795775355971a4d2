export { t as collectLiveKubernetes } from "./live-D6iU7wVD.js";
