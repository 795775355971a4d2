/** The whole stylesheet, inline: the report loads nothing. System fonts only. */
export const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--card:#fff;
--critical:#8b0000;--high:#d1242f;--medium:#bc4c00;--low:#0969da;--info:#59636e;
--fail:#d1242f;--unknown:#8250df;--waived:#0550ae;--na:#6e7781;--pass:#1a7f37}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1200px;margin:0 auto;padding:0 24px 48px}
nav.toc{max-width:1200px;margin:0 auto;padding:8px 24px;display:flex;gap:16px;flex-wrap:wrap;font-size:13px}
a{color:var(--low)}
time{white-space:nowrap}
code,pre{font:12.5px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
h2{font-size:20px;margin:0 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}
h3{font-size:15px;margin:18px 0 8px}
h4{font-size:13px;margin:10px 0 4px;color:var(--muted)}
section{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:16px 0}
header.top{background:#24292f;color:#fff;padding:20px 24px}
header.top h1{max-width:1152px;margin:0 auto 10px;font-size:22px}
dl.meta{max-width:1152px;margin:0 auto;display:flex;flex-wrap:wrap;gap:6px 28px}
dl.meta dt{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:#b6bec7}
dl.meta dd{margin:0}
dl.meta .wide{flex-basis:100%}
ul.inputs{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:4px 14px}
header.top a{color:#9ecbff}
.cards{display:flex;gap:12px;list-style:none;margin:0;padding:0;flex-wrap:wrap}
.card{flex:1 1 120px;border:1px solid var(--line);border-top:4px solid;border-radius:6px;padding:10px 14px}
.card .big{display:block;font-size:28px;font-weight:600;line-height:1.1}
.card .label{text-transform:capitalize;color:var(--muted)}
.card.none .big{color:var(--muted)!important}
.card.sev-critical{border-top-color:var(--critical)}.card.sev-critical .big{color:var(--critical)}
.card.sev-high{border-top-color:var(--high)}.card.sev-high .big{color:var(--high)}
.card.sev-medium{border-top-color:var(--medium)}.card.sev-medium .big{color:var(--medium)}
.card.sev-low{border-top-color:var(--low)}.card.sev-low .big{color:var(--low)}
.card.sev-info{border-top-color:var(--info)}.card.sev-info .big{color:var(--info)}
.bar{display:flex;height:12px;border-radius:6px;overflow:hidden;background:var(--line)}
.bar span{display:block;height:100%}
.bar .st-fail,.dot.st-fail{background:var(--fail)}.bar .st-unknown,.dot.st-unknown{background:var(--unknown)}
.bar .st-waived,.dot.st-waived{background:var(--waived)}.bar .st-not-applicable,.dot.st-not-applicable{background:var(--na)}
.bar .st-pass,.dot.st-pass{background:var(--pass)}
ul.statuses{list-style:none;display:flex;gap:20px;flex-wrap:wrap;padding:0;margin:8px 0 0}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px}
.badge{display:inline-block;padding:0 7px;border-radius:10px;font-size:11.5px;font-weight:600;line-height:18px;color:#fff;text-transform:capitalize;white-space:nowrap;vertical-align:1px}
.badge.sev-critical{background:var(--critical)}.badge.sev-high{background:var(--high)}.badge.sev-medium{background:var(--medium)}
.badge.sev-low{background:var(--low)}.badge.sev-info{background:var(--info)}
.badge.new{background:#8250df}
.badge.st-fail{background:#ffebe9;color:var(--fail);border:1px solid #ffcecb}
.badge.st-unknown{background:#fbefff;color:var(--unknown);border:1px solid #ecd8ff}
.badge.st-waived{background:#ddf4ff;color:var(--waived);border:1px solid #b6e3ff}
.badge.st-pass{background:#dafbe1;color:var(--pass)}.badge.st-not-applicable{background:#eaeef2;color:var(--muted)}
.badge.cov-ok{background:var(--pass)}.badge.cov-partial{background:var(--medium)}.badge.cov-failed{background:var(--fail)}.badge.crash{background:var(--fail)}
.t-ok{color:var(--pass)}.t-partial{color:var(--medium)}.t-failed{color:var(--fail)}
table.grid{border-collapse:collapse;width:100%}
table.grid th,table.grid td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
table.grid th{font-size:12px;color:var(--muted);font-weight:600}
.num{text-align:right!important;font-variant-numeric:tabular-nums}
.zero{color:#6e7781}
td.st-cell-fail .n{color:var(--fail);font-weight:600}td.st-cell-unknown .n{color:var(--unknown);font-weight:600}
.sub{color:var(--muted);font-size:12.5px}
.alert{background:#fff8c5;border:1px solid #eac54f;border-radius:6px;padding:8px 12px}
.ok-note{color:var(--muted)}
.msg{overflow-wrap:anywhere}
details.more{margin:8px 0}
details.cluster{border:1px solid var(--line);border-radius:8px;margin:8px 0;padding:6px 10px;background:var(--card)}details.cluster summary{cursor:pointer;overflow-wrap:anywhere}
table.deps{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}table.deps th,table.deps td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}table.deps th{font-size:12px;color:var(--muted);font-weight:600;white-space:nowrap}table.deps td:first-child{width:34%}table.deps td:nth-child(2){width:13%}table.deps td:nth-child(3),table.deps td:nth-child(4){width:1%;text-align:right;white-space:nowrap}
details>summary{cursor:pointer;color:var(--low)}
article.group{border:1px solid var(--line);border-left:5px solid;border-radius:6px;padding:12px 16px;margin:14px 0}
.sev-edge-critical{border-left-color:var(--critical)!important}.sev-edge-high{border-left-color:var(--high)!important}
.sev-edge-medium{border-left-color:var(--medium)!important}.sev-edge-low{border-left-color:var(--low)!important}.sev-edge-info{border-left-color:var(--info)!important}
article.group h3{margin:0;font-size:16px}
article.group header .sub{margin:2px 0 0}
.guidance{background:var(--bg);border-radius:6px;padding:8px 12px;margin:10px 0}
.guidance p{margin:0 0 6px}
.guidance pre{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 10px;overflow-x:auto;margin:6px 0}
dl.refs{display:flex;flex-wrap:wrap;gap:4px 24px;margin:6px 0 0;font-size:12.5px}
dl.refs div{display:flex;gap:6px}dl.refs dt{color:var(--muted)}dl.refs dd{margin:0}
.peer{margin-right:12px;white-space:nowrap}
ol.findings{list-style:none;padding:0;margin:0}
li.finding{border-top:1px solid var(--line);padding:10px 0 10px 12px;border-left:3px solid transparent;content-visibility:auto;contain-intrinsic-size:auto 200px}
li.finding.st-edge-fail{border-left-color:var(--fail)}li.finding.st-edge-unknown{border-left-color:var(--unknown)}li.finding.st-edge-waived{border-left-color:var(--waived)}
.f-head .name{font-size:14.5px;overflow-wrap:anywhere}
.part{font:12px ui-monospace,monospace;background:#eaeef2;border-radius:4px;padding:0 5px}
.where,.rid,.origin{color:var(--muted);font-size:12.5px;overflow-wrap:anywhere}
.finding .msg{margin:6px 0}
.waiver{background:#ddf4ff;border-radius:6px;padding:6px 10px;margin:6px 0}
.waiver.expired{background:#fff1e5}
table.evidence{border-collapse:collapse;font-size:12.5px;margin:4px 0;max-width:100%}
table.evidence th,table.evidence td{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
table.evidence th{background:var(--bg);font-weight:600;color:var(--muted)}
table.evidence code{overflow-wrap:anywhere}
code.null{color:var(--unknown)}
ul.sample{margin:0;padding-left:18px}
ul.names{margin:6px 0 0;padding-left:0;list-style:none}ul.names li{padding:3px 0;overflow-wrap:anywhere}
[hidden]{display:none!important}
.filters{position:sticky;top:0;z-index:1;max-width:1200px;margin:0 auto;padding:8px 24px;display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;background:var(--bg);border-bottom:1px solid var(--line);font-size:13px}
.filters select,.filters input{font:inherit;max-width:220px}
.filters output{color:var(--muted)}
ul.scores{display:flex;gap:12px;list-style:none;margin:0 0 8px;padding:0;flex-wrap:wrap}
li.score{flex:1 1 240px;border:1px solid var(--line);border-radius:6px;padding:10px 14px;display:flex;flex-direction:column;gap:4px}
li.score .big{font-size:30px;font-weight:600;line-height:1.1}
li.score .name{font-weight:600}
svg .track{fill:var(--line)}
svg .st-fail{fill:var(--fail)}svg .st-unknown{fill:var(--unknown)}svg .st-waived{fill:var(--waived)}svg .st-not-applicable{fill:var(--na)}svg .st-pass{fill:var(--pass)}svg .st-manual{fill:#9a6700}
.badge.st-manual{background:#fff8c5;color:#7d4e00;border:1px solid #eac54f}
figure.trend{margin:0}figure.trend svg{max-width:100%;height:auto}
.glance{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.4fr);gap:20px;align-items:start}@media (max-width:1000px){.glance{grid-template-columns:1fr}}
svg.chart .grid{stroke:var(--line)}svg.chart .axis{fill:var(--muted);font-size:11px}
svg.chart .series polyline{fill:none;stroke-width:2}
.s0{--tone:#0969da}.s1{--tone:#1a7f37}.s2{--tone:#8250df}.s3{--tone:#bc4c00}
svg.chart .series polyline{stroke:var(--tone)}svg.chart .series circle{fill:var(--tone)}
.key::before{content:"";display:inline-block;width:12px;height:3px;margin-right:4px;vertical-align:middle;background:var(--tone)}
tr.rest td{color:var(--muted)}
@media print{body{background:#fff}code,td,th{overflow-wrap:anywhere}pre{white-space:pre-wrap}.peer{white-space:normal}dl.refs div{flex-wrap:wrap;min-width:0}section{break-inside:auto}.filters,nav.toc{display:none!important}li.finding{content-visibility:visible;contain-intrinsic-size:none}figure.trend,li.score,tr{break-inside:avoid}details.cluster{break-inside:avoid}}
`;
