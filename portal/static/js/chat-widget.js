/* The chat widget: progressive enhancement of the "Chat with our chatbot" link.
 * Without JavaScript (or without <dialog>) the link opens the chat page (/chat). With it,
 * a button opens the chat as a dialog: full screen and modal on a phone, a panel beside
 * the page on a wide screen. Messages go to /chat/webhook (Rasa REST-channel format); the
 * server keys the conversation by this browser's session. All texts come translated from
 * the page (data attributes). Bot text is never parsed as HTML: it is put in text nodes,
 * and phone numbers in it become tel: links built as elements.
 * Focus: into the dialog (its heading) on open, to the message field after a reply, back
 * to the launcher on close (close button or Escape). The log announces replies politely. */
(function () {
  "use strict";
  var root = document.getElementById("ti-chat");
  var probe = document.createElement("dialog");
  if (!root || !window.fetch || !window.JSON || typeof probe.showModal !== "function") { return; }
  var link = root.querySelector(".ti-chat-open");
  var d = root.dataset;
  // Same breakpoint as the full-screen rule in assets/_portal-own.scss.
  var phone = window.matchMedia("(max-width: 767px)");
  var coarse = window.matchMedia("(pointer: coarse)");
  // Danish phone numbers and 112, as portal/chat/phones.py finds them (keep in step).
  var PHONE = /(^|[^\d+])((?:\+45[ \u00a0]?)?(?:\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}|\d{2}[ \u00a0]\d{3}[ \u00a0]\d{3})|112)(?!\d)/g;
  var dialog, heading, body, log, form, input, sendButton, choices, opener;
  var busy = false, loaded = false;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function telHref(number) {
    var digits = number.replace(/\D/g, "");
    return digits === "112" ? "tel:112" : "tel:+45" + digits.slice(-8);
  }

  function appendWithPhones(parent, text) {
    var at = 0, match, start, number;
    PHONE.lastIndex = 0;
    while ((match = PHONE.exec(text)) !== null) {
      start = match.index + match[1].length;
      number = match[2];
      if (/§\s*$/.test(text.slice(0, start))) { continue; }  // "§ 112" is the law
      parent.appendChild(document.createTextNode(text.slice(at, start)));
      parent.appendChild(el("a", { href: telHref(number) }, number));
      at = start + number.length;
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function addMessage(who, message) {
    var item = el("div", { "class": "ti-chat-msg ti-chat-" + who });
    item.appendChild(el("span", { "class": "ti-chat-who" }, who === "user" ? d.you : d.bot));
    if (message.text) {
      var p = el("p", { "class": "ti-chat-text" });
      if (who === "bot") { appendWithPhones(p, message.text); } else { p.textContent = message.text; }
      item.appendChild(p);
    }
    var linkData = message.custom && message.custom.link;
    if (linkData && linkData.href) {
      var para = el("p", { "class": "ti-chat-text" });
      para.appendChild(el("a", { href: linkData.href }, linkData.title));
      item.appendChild(para);
    }
    log.appendChild(item);
    return item;
  }

  function clearChoices() {
    while (choices.firstChild) { choices.removeChild(choices.firstChild); }
    choices.hidden = true;
  }

  function showButtons(buttons) {
    clearChoices();
    if (!buttons || !buttons.length) { return; }
    var group = el("div", { role: "group", "aria-label": d.choices, "class": "ti-chat-buttons" });
    buttons.forEach(function (b) {
      var button = el("button", { type: "button", "class": "button button-secondary" }, b.title);
      button.addEventListener("click", function () { send(b.payload, b.title, true); });
      group.appendChild(button);
    });
    choices.appendChild(group);
    choices.hidden = false;
  }

  // Show the start of what is new; if all of it fits, this ends at the bottom anyway.
  function reveal(first) {
    if (first) { body.scrollTop = first.offsetTop - 8; }
  }

  function render(messages) {
    var buttons = [], first = null;
    messages.forEach(function (m) {
      var item = addMessage(m.from === "user" ? "user" : "bot", m);
      first = first || item;
      if (m.from === "user") { buttons = []; }
      if (m.buttons) { buttons = buttons.concat(m.buttons); }
    });
    showButtons(buttons);
    return first;
  }

  function failed() {
    var item = el("div", { "class": "ti-chat-msg ti-chat-bot" });
    item.appendChild(el("span", { "class": "ti-chat-who" }, d.bot));
    var p = el("p", { "class": "ti-chat-text" }, d.error + " ");
    p.appendChild(el("a", { href: d.page }, d.pageTitle));
    item.appendChild(p);
    log.appendChild(item);
    return item;
  }

  function focusAfterReply(byButton) {
    if (!dialog.open) { return; }
    // A tap on a phone: keep the on-screen keyboard shut so the new buttons stay in view.
    if (byButton && coarse.matches) { log.focus(); } else { input.focus(); }
  }

  function send(text, shown, byButton) {
    if (busy || !text) { return; }
    busy = true;
    sendButton.disabled = true;
    clearChoices();
    var mine = addMessage("user", { text: shown || text });
    var waiting = el("p", { "class": "ti-chat-waiting" }, d.busy);
    log.appendChild(waiting);
    reveal(mine);
    fetch(d.webhook, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ sender: "web", message: text, metadata: { lang: d.lang } })
    }).then(function (response) {
      if (!response.ok) { throw new Error("chat " + response.status); }
      return response.json();
    }).then(function (messages) {
      log.removeChild(waiting);
      reveal(render(messages.map(function (m) { m.from = "bot"; return m; })));
    }).catch(function () {
      if (waiting.parentNode) { log.removeChild(waiting); }
      reveal(failed());
    }).then(function () {
      busy = false;
      sendButton.disabled = false;
      focusAfterReply(byButton);
    });
  }

  function build() {
    dialog = el("dialog", { "class": "ti-chat-panel", id: "ti-chat-panel", "aria-labelledby": "ti-chat-title" });
    var head = el("div", { "class": "ti-chat-head" });
    heading = el("h2", { id: "ti-chat-title", "class": "h4", tabindex: "-1" }, d.title);
    head.appendChild(heading);
    head.appendChild(el("a", { "class": "ti-crisis-link", href: d.crisis }, d.crisisTitle));
    // The visible word is short so the heading, "Akut hjælp" and Close fit one row on a
    // phone; the name says what closes (and contains the visible word).
    var close = el("button", { type: "button", "class": "button button-secondary ti-chat-close", "aria-label": d.close }, d.closeShort);
    close.addEventListener("click", function () { closePanel(); });
    head.appendChild(close);
    dialog.appendChild(head);

    body = el("div", { "class": "ti-chat-body" });
    log = el("div", { role: "log", "aria-label": d.log, "class": "ti-chat-log", tabindex: "0" });
    body.appendChild(log);
    choices = el("div", { "class": "ti-chat-choices" });
    choices.hidden = true;
    body.appendChild(choices);
    dialog.appendChild(body);

    form = el("form", { "class": "ti-chat-form", action: d.page, method: "get" });
    form.appendChild(el("label", { "for": "ti-chat-input", "class": "form-label" }, d.label));
    var row = el("div", { "class": "ti-chat-row" });
    input = el("input", { id: "ti-chat-input", type: "text", "class": "form-input", maxlength: "1000", autocomplete: "off" });
    sendButton = el("button", { type: "submit", "class": "button button-primary" }, d.send);
    row.appendChild(input);
    row.appendChild(sendButton);
    form.appendChild(row);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = input.value.trim();
      if (!text || busy) { input.focus(); return; }  // keep the text while a reply is on its way
      input.value = "";
      send(text);
    });
    dialog.appendChild(form);

    // A modal dialog closes on Escape by itself; the panel beside the page does not.
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); closePanel(); }
    });
    // Any other way the dialog closes (the browser's own, say) still tidies up.
    dialog.addEventListener("close", closed);
    root.appendChild(dialog);
  }

  function load() {
    loaded = true;
    busy = true;  // nothing is sent before the conversation so far is shown
    fetch(d.history, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error("history"); } return r.json(); })
      .then(function (history) {
        render(history);
        body.scrollTop = body.scrollHeight;
      }).catch(failed).then(function () { busy = false; });
  }

  // Full screen on a phone means the part the on-screen keyboard leaves visible, so the
  // heading with "Akut hjælp" and the message field stay in view while typing. (CSSOM
  // properties, not a style attribute: the CSP allows these.)
  var viewport = window.visualViewport;
  function fitToViewport() {
    if (viewport && dialog.open && dialog.matches(":modal")) {
      dialog.style.height = viewport.height + "px";
      dialog.style.top = viewport.offsetTop + "px";
    } else {
      dialog.style.removeProperty("height");
      dialog.style.removeProperty("top");
    }
  }

  // What closing changes, done at once: the dialog's close event comes a task later, and
  // until then the launcher would still say it is expanded. Running it twice is harmless;
  // a close event that arrives after the panel was opened again changes nothing.
  function closed() {
    if (dialog.open) { return; }
    fitToViewport();
    opener.setAttribute("aria-expanded", "false");
    root.classList.remove("ti-chat-is-open");
    opener.focus();
  }

  function closePanel() {
    dialog.close();
    closed();
  }

  function open() {
    if (phone.matches) { dialog.showModal(); } else { dialog.show(); }
    fitToViewport();
    opener.setAttribute("aria-expanded", "true");
    root.classList.add("ti-chat-is-open");
    heading.focus();
    if (!loaded) { load(); }
  }

  opener = el("button", {
    type: "button", "class": link.className, "aria-haspopup": "dialog",
    "aria-expanded": "false", "aria-controls": "ti-chat-panel"
  }, link.textContent);
  build();
  if (viewport) {
    viewport.addEventListener("resize", fitToViewport);
    viewport.addEventListener("scroll", fitToViewport);
  }
  opener.addEventListener("click", function () {
    if (dialog.open) { closePanel(); } else { open(); }
  });
  link.parentNode.replaceChild(opener, link);
}());
