// newsdesk page behaviour. Loaded from /static (the Content-Security-Policy forbids inline scripts).
// Article data never passes through innerHTML: it is already escaped in the server-rendered markup,
// and the only text this file writes comes from JSON via textContent.
"use strict";

(function () {
  // ---- Citation chips: hover previews, click pins the cited sentence --------------------------
  function evidenceFor(chip) {
    return document.getElementById(chip.getAttribute("data-ev"));
  }
  function show(chip, pinned) {
    var ev = evidenceFor(chip);
    if (!ev) return;
    ev.hidden = false;
    chip.setAttribute("aria-expanded", "true");
    if (pinned) { ev.classList.add("pinned"); chip.classList.add("active"); }
  }
  function hide(chip) {
    var ev = evidenceFor(chip);
    if (!ev || ev.classList.contains("pinned")) return;
    ev.hidden = true;
    chip.setAttribute("aria-expanded", "false");
  }
  function toggle(chip) {
    var ev = evidenceFor(chip);
    if (!ev) return;
    if (ev.classList.contains("pinned")) {
      ev.classList.remove("pinned"); chip.classList.remove("active"); hide(chip);
    } else {
      show(chip, true);
    }
  }
  function initChips() {
    var chips = document.querySelectorAll("button.chip[data-ev]");
    chips.forEach(function (chip) {
      chip.addEventListener("mouseenter", function () { show(chip, false); });
      chip.addEventListener("mouseleave", function () { hide(chip); });
      chip.addEventListener("focus", function () { show(chip, false); });
      chip.addEventListener("blur", function () { hide(chip); });
      chip.addEventListener("click", function (e) { e.preventDefault(); toggle(chip); });
    });
  }

  // ---- Add form: upload with a progress bar, then follow the ingest job -------------------------
  function setProgress(pct, label) {
    var box = document.getElementById("progress");
    var bar = document.getElementById("progress-bar");
    var lab = document.getElementById("progress-label");
    if (!box) return;
    box.hidden = false;
    if (pct === null) { bar.removeAttribute("value"); } else { bar.value = pct; }
    lab.textContent = label;
  }
  function clearNode(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function el(tag, text, cls) {
    var n = document.createElement(tag);
    if (text !== undefined && text !== null) n.textContent = String(text);
    if (cls) n.className = cls;
    return n;
  }
  function link(href, text, cls) {
    var a = el("a", text, cls);
    a.setAttribute("href", href);  // our own relative paths built from ids, never article URLs
    return a;
  }
  function showResult(result) {
    var form = document.getElementById("add-form");
    var box = document.getElementById("result");
    if (!box) {
      box = el("section", null, "card result");
      box.id = "result";
      box.setAttribute("aria-live", "polite");
      form.parentNode.insertBefore(box, form);
    }
    clearNode(box);
    var added = result.added || [];
    box.appendChild(el("h2", "Added " + added.length + " article" + (added.length === 1 ? "" : "s")));
    if (added.length) {
      var ul = el("ul");
      added.forEach(function (item) {
        var li = el("li");
        if (item.source) { li.appendChild(el("span", item.source, "from muted small")); li.appendChild(document.createTextNode(" ")); }
        li.appendChild(link("/articles/" + encodeURIComponent(item.article), item.title || item.article));
        li.appendChild(document.createTextNode(" → "));
        li.appendChild(link("/stories/" + encodeURIComponent(item.story), item.story_title || item.story, "story-link"));
        if (item.new_story) { li.appendChild(document.createTextNode(" ")); li.appendChild(el("span", "new story", "tag")); }
        if (item.revised) { li.appendChild(document.createTextNode(" ")); li.appendChild(el("span", "corrected text", "tag")); }
        else if (item.new_article === false) { li.appendChild(document.createTextNode(" ")); li.appendChild(el("span", "(already on the desk)", "muted small")); }
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    var rejected = result.rejected || [];
    if (rejected.length) {
      box.appendChild(el("h3", "Not added"));
      var rl = el("ul", null, "rejected");
      rejected.forEach(function (r) {
        rl.appendChild(el("li", r.source + ": " + (r.explain || r.reason)));
      });
      box.appendChild(rl);
    }
  }
  function showError(message) {
    var form = document.getElementById("add-form");
    var box = document.getElementById("error");
    if (!box) {
      box = el("div", null, "card error");
      box.id = "error";
      box.setAttribute("role", "alert");
      form.parentNode.insertBefore(box, form);
    }
    box.textContent = message;
    box.hidden = false;
  }
  function errorText(xhr) {
    try {
      var body = JSON.parse(xhr.responseText);
      if (typeof body.detail === "string") return body.detail;
      return JSON.stringify(body.detail);
    } catch (e) {
      return "The server answered " + xhr.status + ".";
    }
  }
  function pollJob(url, done) {
    fetch(url, { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json().then(function (b) { return { ok: r.ok, body: b }; }); })
      .then(function (res) {
        var job = res.body;
        if (!res.ok) { done(job.detail || "job failed", null); return; }
        if (job.state === "done") { done(null, job.result); return; }
        if (job.state === "failed") { done(job.error || "ingest failed", null); return; }
        var pct = job.total ? Math.round(100 * job.done / job.total) : null;
        setProgress(pct, (job.stage || "working") + (job.total ? " " + job.done + " / " + job.total : "…"));
        setTimeout(function () { pollJob(url, done); }, 300);
      })
      .catch(function (err) { done(String(err), null); });
  }
  function initAddForm() {
    var form = document.getElementById("add-form");
    // No data-api (a server of several processes): the form posts to /add, which answers when the add is done.
    if (!form || !form.getAttribute("data-api") || !window.FormData || !window.XMLHttpRequest) return;
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var old = document.getElementById("error");
      if (old) old.hidden = true;
      var data = new FormData(form);
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.getAttribute("data-api"));
      var token = data.get("token");
      if (token) xhr.setRequestHeader("X-Newsdesk-Token", token);
      xhr.upload.addEventListener("progress", function (ev) {
        if (ev.lengthComputable) setProgress(Math.round(100 * ev.loaded / ev.total), "Uploading " + Math.round(ev.loaded / 1024) + " of " + Math.round(ev.total / 1024) + " KB");
      });
      xhr.addEventListener("load", function () {
        if (xhr.status !== 202 && xhr.status !== 200) {
          button.disabled = false;
          document.getElementById("progress").hidden = true;
          showError(errorText(xhr));
          return;
        }
        var job = JSON.parse(xhr.responseText);
        setProgress(null, "Cleaning and assigning to stories…");
        pollJob(job.status_url, function (err, result) {
          button.disabled = false;
          if (err) { document.getElementById("progress").hidden = true; showError(err); return; }
          setProgress(100, "Done");
          showResult(result);
          form.reset();
        });
      });
      xhr.addEventListener("error", function () {
        button.disabled = false;
        showError("The upload failed: the server could not be reached.");
      });
      setProgress(0, "Uploading…");
      xhr.send(data);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initChips();
    initAddForm();
  });
})();
