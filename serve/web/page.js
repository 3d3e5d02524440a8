"use strict";
(function () {
  var T = {
    zh: {
      title: "绩效目标对比与检查", mode_diff: "两年对比", mode_one: "单个文件检查",
      intro: "把上年和本年的绩效目标表拖到下面（或点击选择文件）。文件只在本机的 perfdoc 中处理，不会发送到别处。",
      intro_one: "把一个绩效目标表拖到下面（或点击选择文件），查看解析结果和检查发现。",
      old: "上年文件", new: "本年文件", one: "绩效目标表", drop_hint: "拖入文件或点击选择（DOCX、DOC、XLSX、XLS、PDF、HTML、文本）",
      go_diff: "开始对比", go_one: "开始检查", uploading: "上传中", parsing: "正在解析和比较……", parsing_one: "正在解析和检查……",
      downloads: "下载：", dl_html: "报告 HTML", dl_xlsx: "报告 XLSX", dl_old: "上年解析 JSON", dl_new: "本年解析 JSON",
      dl_json: "解析 JSON", dl_check: "检查 XLSX",
      findings: "本年文件检查发现", findings_one: "检查发现", none: "未发现问题。", error: "错误", warning: "警告", info: "提示",
      too_large_here: function (n, max) { return "所选文件共 " + mb(n) + "，超过此服务器的上限 " + mb(max) + "（--max-size）"; },
      document: "整个文件", force: "仍然对比", swap: "交换上年和本年文件",
      to_findings: "检查发现", previous_off: "上年文件与本年文件不匹配，跨年规则未运行。",
      err_not_a_filing: "这个文件不是可识别的绩效目标表", err_too_large: "文件太大", err_unknown_format: "不支持的文件格式",
      err_should_not_compare: "这两份文件不宜对比", err_busy: "服务器繁忙，请稍后再试", err_unauthorized: "需要访问令牌",
      err_forbidden: "请求被拒绝", err_timeout: "上传太慢，已超时", err_bad_request: "请求有误", err_internal: "内部错误",
      err_network: "无法连接 perfdoc 服务", department: "部门", year: "年度", projects: "项目数", warnings_n: "解析警告",
      idx: "序号", name: "项目名称", code: "项目编码", budget: "预算数", indicators: "指标数", lang_switch: "English",
      footer: "perfdoc serve —— 在本机运行；页面不加载任何外部资源。"
    },
    en: {
      title: "Performance targets: compare and check", mode_diff: "Compare two years", mode_one: "Check one filing",
      intro: "Drop last year's and this year's filing below (or click to choose). The files are read by perfdoc on this machine and sent nowhere else.",
      intro_one: "Drop one filing below (or click to choose) to see what was read and the check findings.",
      old: "Last year's filing", new: "This year's filing", one: "Filing", drop_hint: "Drop a file or click to choose (DOCX, DOC, XLSX, XLS, PDF, HTML, text)",
      go_diff: "Compare", go_one: "Check", uploading: "Uploading", parsing: "Reading and comparing…", parsing_one: "Reading and checking…",
      downloads: "Download:", dl_html: "Report HTML", dl_xlsx: "Report XLSX", dl_old: "Old parsed JSON", dl_new: "New parsed JSON",
      dl_json: "Parsed JSON", dl_check: "Check XLSX",
      findings: "Findings in this year's filing", findings_one: "Findings", none: "No problem found.", error: "error", warning: "warning", info: "info",
      too_large_here: function (n, max) { return "the files chosen come to " + mb(n) + ", more than this server's limit of " + mb(max) + " (--max-size)"; },
      document: "whole document", force: "Compare anyway", swap: "Swap last year's and this year's filing",
      to_findings: "Findings", previous_off: "Last year's filing does not fit this year's: the cross-year rules did not run.",
      err_not_a_filing: "This file is not a filing perfdoc recognizes", err_too_large: "The file is too large", err_unknown_format: "A format perfdoc does not read",
      err_should_not_compare: "These two filings should not be compared", err_busy: "The server is busy; try again shortly", err_unauthorized: "This server asks for its token",
      err_forbidden: "Refused", err_timeout: "The upload came too slowly", err_bad_request: "A bad request", err_internal: "Internal error",
      err_network: "Cannot reach perfdoc", department: "Department", year: "Year", projects: "Projects", warnings_n: "Parse warnings",
      idx: "No.", name: "Project", code: "Code", budget: "Budget", indicators: "Indicators", lang_switch: "中文",
      footer: "perfdoc serve — runs on this machine; the page loads nothing from elsewhere."
    }
  };
  var body = document.body;
  var lang = body.dataset.lang === "en" ? "en" : "zh";
  var token = body.dataset.token || "";
  var maxSize = Number(body.dataset.maxSize) || 0;
  var mode = "diff";
  var files = { old: null, new: null, one: null };
  var last = null; // what the results show: {mode, force}
  var counts = ""; // the findings per severity, for the link to them
  var generation = 0; // the run whose answers the page shows; older ones are dropped
  function t(k) { return T[lang][k] || k; }
  function mb(n) { return n < 1048576 ? Math.ceil(n / 1024) + " KB" : (n / 1048576).toFixed(n < 10485760 ? 1 : 0) + " MB"; }
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function paint() {
    document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
    document.title = t("title") + " — perfdoc";
    document.querySelectorAll("[data-t]").forEach(function (e) { e.textContent = t(e.dataset.t); });
    $("lang").textContent = t("lang_switch");
    document.querySelector(".intro").textContent = mode === "diff" ? t("intro") : t("intro_one");
    $("go").textContent = mode === "diff" ? t("go_diff") : t("go_one");
    $("mode-diff").setAttribute("aria-selected", String(mode === "diff"));
    $("mode-one").setAttribute("aria-selected", String(mode === "one"));
    $("drop-old").hidden = mode !== "diff";
    $("drop-new").hidden = mode !== "diff";
    $("drop-one").hidden = mode !== "one";
    ["old", "new", "one"].forEach(function (f) {
      var d = $("drop-" + f);
      d.classList.toggle("full", !!files[f]);
      d.querySelector(".drop-name").textContent = files[f] ? files[f].name : t("drop_hint");
    });
    $("go").disabled = !ready();
  }
  function ready() { return mode === "diff" ? !!(files.old && files.new) : !!files.one; }

  function setFile(field, f) {
    files[field] = f || null;
    paint();
    if (ready()) run(false);
  }
  ["old", "new", "one"].forEach(function (field) {
    var d = $("drop-" + field), input = $("file-" + field);
    input.addEventListener("change", function () {
      var f = input.files[0];
      // emptied, so that choosing the same file again (after a swap, or
      // after it changed on disk) is a change too
      input.value = "";
      if (f) setFile(field, f);
    });
    d.addEventListener("dragover", function (ev) { ev.preventDefault(); d.classList.add("over"); });
    d.addEventListener("dragleave", function () { d.classList.remove("over"); });
    d.addEventListener("drop", function (ev) {
      ev.preventDefault();
      d.classList.remove("over");
      if (ev.dataTransfer && ev.dataTransfer.files.length) setFile(field, ev.dataTransfer.files[0]);
    });
  });
  // a file dropped outside a zone does not replace the page
  window.addEventListener("dragover", function (ev) { ev.preventDefault(); });
  window.addEventListener("drop", function (ev) { ev.preventDefault(); });
  $("mode-diff").addEventListener("click", function () { mode = "diff"; clear(); paint(); });
  $("mode-one").addEventListener("click", function () { mode = "one"; clear(); paint(); });
  $("lang").addEventListener("click", function () { lang = lang === "zh" ? "en" : "zh"; paint(); if (last && ready()) run(last.force); });
  $("go").addEventListener("click", function () { if (ready()) run(false); });

  // post sends a form to the API, reporting upload progress; it resolves
  // with {status, blob, type}.
  function post(path, params, form, onUpload) {
    return new Promise(function (resolve) {
      var q = new URLSearchParams(params);
      q.set("lang", lang);
      var x = new XMLHttpRequest();
      x.open("POST", path + "?" + q.toString());
      x.responseType = "blob";
      if (token) x.setRequestHeader("X-Perfdoc-Token", token);
      if (onUpload) {
        x.upload.onprogress = function (e) { if (e.lengthComputable) onUpload(e.loaded / e.total); };
        x.upload.onload = function () { onUpload(1); };
      }
      x.onload = function () { resolve({ status: x.status, blob: x.response, type: x.getResponseHeader("Content-Type") || "" }); };
      x.onerror = function () { resolve({ status: 0, blob: null, type: "" }); };
      x.send(form);
    });
  }
  function form(fields) {
    var f = new FormData();
    Object.keys(fields).forEach(function (k) { if (fields[k]) f.append(k, fields[k], fields[k].name); });
    return f;
  }
  function json(res) { return res.blob ? res.blob.text().then(function (s) { return JSON.parse(s); }) : Promise.reject(new Error("no answer")); }

  function progress(frac, text) {
    var p = $("progress");
    p.hidden = false;
    p.classList.toggle("busy", frac === null);
    p.querySelector(".fill").style.width = frac === null ? "" : Math.round(frac * 100) + "%";
    p.querySelector(".progress-text").textContent = text;
  }
  function clear() {
    generation++;
    $("result").hidden = true;
    $("error").hidden = true;
    $("progress").hidden = true;
    last = null;
  }

  // showError shows an API error (or a lost connection) with the reasons
  // of a 422 and, for it, a button that compares anyway.
  function showError(res, data) {
    var box = $("error");
    box.replaceChildren();
    var e = (data && data.error) || { code: res.status ? "internal" : "network", message: "" };
    box.appendChild(el("strong", "", t("err_" + e.code)));
    var problems = e.problems || [];
    // a 422 lists its reasons (in the page's language: the request said
    // lang), which its message only repeats
    if (e.message && !problems.length) box.appendChild(el("div", "detail", e.message));
    if (problems.length) {
      var ul = el("ul");
      problems.forEach(function (p) { ul.appendChild(el("li", "", p.message)); });
      box.appendChild(ul);
    }
    if (e.code === "should_not_compare") {
      var row = el("div", "choices");
      if (problems.some(function (p) { return p.kind === "years_reversed"; })) {
        var sw = el("button", "", t("swap"));
        sw.type = "button";
        sw.id = "swap";
        sw.addEventListener("click", function () { var o = files.old; files.old = files.new; files.new = o; paint(); run(false); });
        row.appendChild(sw);
      }
      var b = el("button", "", t("force"));
      b.type = "button";
      b.id = "force";
      b.addEventListener("click", function () { run(true); });
      row.appendChild(b);
      box.appendChild(row);
    }
    box.hidden = false;
  }

  function run(force) {
    var gen = ++generation;
    $("error").hidden = true;
    // a body over the server's cap is refused unread: say so before sending it
    var chosen = mode === "diff" ? [files.old, files.new] : [files.one];
    var size = chosen.reduce(function (n, f) { return n + (f ? f.size : 0); }, 0);
    if (maxSize && size > maxSize) {
      $("result").hidden = true;
      $("progress").hidden = true;
      showError({ status: 413 }, { error: { code: "too_large", message: T[lang].too_large_here(size, maxSize) } });
      return;
    }
    $("result").hidden = true;
    $("go").disabled = true;
    last = { mode: mode, force: force };
    var params = force ? { force: "1" } : {};
    var up = function (f) { progress(f, t("uploading") + " " + Math.round(f * 100) + "%"); if (f >= 1) progress(null, mode === "diff" ? t("parsing") : t("parsing_one")); };
    progress(0, t("uploading"));
    var jobs;
    if (mode === "diff") {
      jobs = [
        post("/api/diff", Object.assign({ format: "html" }, params), form({ old: files.old, new: files.new }), up),
        post("/api/check", Object.assign({ format: "json" }, params), form({ file: files.new, previous: files.old }))
      ];
    } else {
      jobs = [
        post("/api/parse", {}, form({ file: files.one }), up),
        post("/api/check", { format: "json" }, form({ file: files.one }))
      ];
    }
    Promise.all(jobs).then(function (rs) {
      if (gen !== generation) return; // a newer run, or another mode, replaced this one
      $("progress").hidden = true;
      $("go").disabled = !ready();
      var bad = rs.filter(function (r) { return r.status !== 200; })[0];
      if (bad) {
        return (bad.type.indexOf("application/json") === 0 ? json(bad) : Promise.resolve(null))
          .catch(function () { return null; })
          .then(function (d) { showError(bad, d); });
      }
      if (mode === "diff") {
        return Promise.all([rs[0].blob.text(), json(rs[1])]).then(function (v) { showDiff(v[0], v[1], params); });
      }
      return Promise.all([json(rs[0]), json(rs[1])]).then(function (v) { showOne(v[0], v[1]); });
    });
  }

  function downloads(items) {
    var d = $("downloads");
    d.replaceChildren(el("span", "dl-title", t("downloads")));
    items.forEach(function (it) {
      if (it.jump) {
        var a = el("a", "jump", t("to_findings") + (lang === "zh" ? "（" + counts + "）" : " (" + counts + ")") + " ↓");
        a.href = "#findings";
        d.appendChild(a);
        return;
      }
      var b = el("button", "", t(it.label));
      b.type = "button";
      b.dataset.download = it.label;
      b.addEventListener("click", function () {
        post(it.path, it.params, form(it.fields)).then(function (res) {
          if (res.status !== 200) {
            return json(res).catch(function () { return null; }).then(function (dd) { showError(res, dd); });
          }
          var a = el("a");
          a.href = URL.createObjectURL(res.blob);
          a.download = it.name;
          document.body.appendChild(a);
          a.click();
          a.remove();
          setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
        });
      });
      d.appendChild(b);
    });
  }
  function stem(f) { return f.name.replace(/\.[^.]*$/, ""); }

  // fit sizes the report's frame to its content at the window's width:
  // the page scrolls, never the frame
  function fit(frame) {
    try {
      frame.style.height = "0";
      frame.style.height = frame.contentDocument.documentElement.scrollHeight + 20 + "px";
    } catch (e) { frame.style.height = "80vh"; }
    frame.dataset.width = String(window.innerWidth);
  }
  window.addEventListener("resize", function () {
    var f = document.querySelector("#report-pane iframe");
    if (f) fit(f);
  });

  function showDiff(html, check, params) {
    var pane = $("report-pane");
    pane.replaceChildren();
    var frame = document.createElement("iframe");
    frame.title = t("title");
    // no scripts in the report; same origin only so that the page can size
    // the frame to the report's height
    frame.setAttribute("sandbox", "allow-same-origin");
    frame.addEventListener("load", function () { fit(frame); });
    frame.srcdoc = html;
    pane.appendChild(frame);
    showFindings(check, t("findings"));
    var pair = { old: files.old, new: files.new };
    downloads([
      { label: "dl_html", path: "/api/diff", params: Object.assign({ format: "html" }, params), fields: pair, name: "perfdoc-diff.html" },
      { label: "dl_xlsx", path: "/api/diff", params: Object.assign({ format: "xlsx" }, params), fields: pair, name: "perfdoc-diff.xlsx" },
      { label: "dl_old", path: "/api/parse", params: {}, fields: { file: files.old }, name: stem(files.old) + ".json" },
      { label: "dl_new", path: "/api/parse", params: {}, fields: { file: files.new }, name: stem(files.new) + ".json" },
      { jump: true }
    ]);
    $("result").hidden = false;
  }

  function position(p) {
    if (!p) return "";
    if (lang === "en") {
      var parts = [];
      if (p.page) parts.push("page " + p.page);
      if (p.sheet && p.cell) parts.push("sheet " + p.sheet + " " + p.cell);
      else if (p.line) parts.push("line " + p.line);
      else if (p.table) { parts.push("table " + p.table); if (p.row) parts.push("row " + p.row); if (p.col) parts.push("col " + p.col); }
      else if (p.paragraph) parts.push("paragraph " + p.paragraph);
      return parts.join(", ");
    }
    var s = p.page ? "第" + p.page + "页" : "";
    if (p.sheet && p.cell) s += "工作表“" + p.sheet + "”" + p.cell + "单元格";
    else if (p.line) s += "第" + p.line + "行";
    else if (p.table) s += "第" + p.table + "张表" + (p.row ? "第" + p.row + "行" + (p.col ? "第" + p.col + "列" : "") : "");
    else if (p.paragraph) s += "第" + p.paragraph + "段";
    return s;
  }

  function showFindings(check, title) {
    var box = $("findings");
    box.replaceChildren(el("h2", "", title));
    var fs = (check && check.findings) || [];
    var n = { error: 0, warning: 0, info: 0 };
    fs.forEach(function (f) { n[f.severity] = (n[f.severity] || 0) + 1; });
    var sevs = el("div", "sevs");
    ["error", "warning", "info"].forEach(function (s) { sevs.appendChild(el("span", "sev " + s, t(s) + " " + n[s])); });
    counts = ["error", "warning", "info"].map(function (s) { return t(s) + " " + n[s]; }).join(lang === "zh" ? "，" : ", ");
    box.appendChild(sevs);
    if (!fs.length) box.appendChild(el("p", "", t("none")));
    fs.forEach(function (f) {
      var d = el("div", "finding " + f.severity);
      var head = el("div");
      head.appendChild(el("span", "sev " + f.severity, t(f.severity)));
      head.appendChild(document.createTextNode(" "));
      head.appendChild(el("span", "rule", f.rule));
      d.appendChild(head);
      var proj = f.project ? f.project.index + ". " + f.project.name : t("document");
      d.appendChild(el("div", "proj", proj));
      d.appendChild(el("div", "msg", (f.indicator ? f.indicator + (lang === "en" ? ": " : "：") : "") + f.message));
      d.appendChild(el("div", "where", position(f.source)));
      box.appendChild(d);
    });
  }

  function showOne(doc, check) {
    var pane = $("report-pane");
    pane.replaceChildren();
    var s = el("div", "summary-one");
    var dept = doc.department ? [doc.department.code, doc.department.name].filter(Boolean).join(" ") : "";
    var tb = el("table");
    [["department", dept], ["year", doc.year], ["projects", (doc.projects || []).length], ["warnings_n", (doc.warnings || []).length]].forEach(function (r) {
      var tr = el("tr");
      tr.appendChild(el("th", "", t(r[0])));
      tr.appendChild(el("td", "", r[1] === null || r[1] === undefined ? "" : r[1]));
      tb.appendChild(tr);
    });
    s.appendChild(tb);
    var pt = el("table", "projects");
    var hr = el("tr");
    ["idx", "name", "code", "budget", "indicators"].forEach(function (k) { hr.appendChild(el("th", "", t(k))); });
    pt.appendChild(hr);
    (doc.projects || []).forEach(function (p) {
      var tr = el("tr");
      tr.appendChild(el("td", "num", p.index));
      tr.appendChild(el("td", "", p.name));
      tr.appendChild(el("td", "", p.code || ""));
      tr.appendChild(el("td", "num", p.budget && p.budget.total !== null ? p.budget.total + " " + (p.money_unit || "") : ""));
      tr.appendChild(el("td", "num", (p.indicators || []).length));
      pt.appendChild(tr);
    });
    s.appendChild(pt);
    pane.appendChild(s);
    showFindings(check, t("findings_one"));
    downloads([
      { label: "dl_json", path: "/api/parse", params: {}, fields: { file: files.one }, name: stem(files.one) + ".json" },
      { label: "dl_check", path: "/api/check", params: { format: "xlsx" }, fields: { file: files.one }, name: stem(files.one) + "-check.xlsx" },
      { jump: true }
    ]);
    $("result").hidden = false;
  }

  paint();
})();
