/* The chat widget: progressive enhancement of the "Chat with our chatbot" link.
 * Without JavaScript the link opens the chat page (/chat). With it, a button opens a chat
 * panel in the page. Messages go to /chat/webhook (Rasa REST-channel format) with the
 * sender id the server issued into this browser's session. Keyboard and screen reader:
 * labelled controls, the conversation is a live log, focus moves into the panel on open
 * and back to the button on close (also with Escape). */
(function () {
  "use strict";
  var root = document.getElementById("ti-chat");
  if (!root || !window.fetch || !window.JSON) { return; }
  var link = root.querySelector(".ti-chat-open");
  var d = root.dataset;
  var sender = "web";
  var panel, log, form, input, sendButton, choices, busy = false, loaded = false;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function clearChoices() {
    while (choices.firstChild) { choices.removeChild(choices.firstChild); }
    choices.hidden = true;
  }

  function addMessage(who, message) {
    var item = el("div", { "class": "ti-chat-msg ti-chat-" + who });
    item.appendChild(el("span", { "class": "ti-chat-who" }, who === "user" ? d.you : d.bot));
    if (message.text) { item.appendChild(el("p", { "class": "ti-chat-text" }, message.text)); }
    var linkData = message.custom && message.custom.link;
    if (linkData && linkData.href) {
      var p = el("p", { "class": "ti-chat-text" });
      p.appendChild(el("a", { href: linkData.href }, linkData.title));
      item.appendChild(p);
    }
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function showButtons(buttons) {
    clearChoices();
    if (!buttons || !buttons.length) { return; }
    var group = el("div", { role: "group", "aria-label": d.choices, "class": "ti-chat-buttons" });
    buttons.forEach(function (b) {
      var button = el("button", { type: "button", "class": "button button-secondary" }, b.title);
      button.addEventListener("click", function () { send(b.payload, b.title); });
      group.appendChild(button);
    });
    choices.appendChild(group);
    choices.hidden = false;
  }

  function render(messages) {
    var buttons = [];
    messages.forEach(function (m) {
      addMessage(m.from === "user" ? "user" : "bot", m);
      if (m.from === "user") { buttons = []; }
      if (m.buttons) { buttons = buttons.concat(m.buttons); }
    });
    return buttons;
  }

  function failed() {
    var item = el("div", { "class": "ti-chat-msg ti-chat-bot" });
    item.appendChild(el("span", { "class": "ti-chat-who" }, d.bot));
    var p = el("p", { "class": "ti-chat-text" }, d.error + " ");
    p.appendChild(el("a", { href: d.page }, d.pageTitle));
    item.appendChild(p);
    log.appendChild(item);
  }

  function send(text, shown, silent) {
    if (busy || !text) { return; }
    busy = true;
    sendButton.disabled = true;
    clearChoices();
    if (!silent) { addMessage("user", { text: shown || text }); }
    root.setAttribute("aria-busy", "true");
    fetch(d.webhook, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ sender: sender, message: text, metadata: { lang: d.lang } })
    }).then(function (response) {
      if (!response.ok) { throw new Error("chat " + response.status); }
      return response.json();
    }).then(function (messages) {
      if (messages.length && messages[0].recipient_id) { sender = messages[0].recipient_id; }
      showButtons(render(messages.map(function (m) { m.from = "bot"; return m; })));
    }).catch(failed).then(function () {
      busy = false;
      sendButton.disabled = false;
      root.removeAttribute("aria-busy");
      if (document.activeElement === document.body || !panel.contains(document.activeElement)) {
        input.focus();
      }
    });
  }

  function build() {
    panel = el("section", { "class": "ti-chat-panel", id: "ti-chat-panel", "aria-labelledby": "ti-chat-title" });
    panel.hidden = true;
    var head = el("div", { "class": "ti-chat-head" });
    head.appendChild(el("h2", { id: "ti-chat-title", "class": "h4" }, d.title));
    var close = el("button", { type: "button", "class": "button button-tertiary ti-chat-close" }, d.close);
    close.addEventListener("click", function () { toggle(false); });
    head.appendChild(close);
    panel.appendChild(head);
    panel.appendChild(el("p", { "class": "ti-chat-intro" }, d.intro));
    log = el("div", { role: "log", "aria-live": "polite", "aria-label": d.log, "class": "ti-chat-log", tabindex: "0" });
    panel.appendChild(log);
    choices = el("div", { "class": "ti-chat-choices" });
    choices.hidden = true;
    panel.appendChild(choices);
    form = el("form", { "class": "ti-chat-form", action: d.page, method: "get" });
    var label = el("label", { "for": "ti-chat-input", "class": "form-label" }, d.label);
    input = el("input", { id: "ti-chat-input", type: "text", "class": "form-input", maxlength: "1000", autocomplete: "off" });
    sendButton = el("button", { type: "submit", "class": "button button-primary" }, d.send);
    form.appendChild(label);
    var row = el("div", { "class": "ti-chat-row" });
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
    panel.appendChild(form);
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { toggle(false); }
    });
    root.appendChild(panel);
  }

  function load() {
    loaded = true;
    busy = true;  // nothing is sent before the conversation so far is shown
    fetch(d.history, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error("history"); } return r.json(); })
      .then(function (history) {
        busy = false;
        if (history.length) { showButtons(render(history)); } else { send("/greet", null, true); }
      }).catch(function () { busy = false; failed(); });
  }

  var opener = el("button", { type: "button", "class": link.className, "aria-expanded": "false", "aria-controls": "ti-chat-panel" }, link.textContent);

  function toggle(open) {
    panel.hidden = !open;
    opener.setAttribute("aria-expanded", open ? "true" : "false");
    root.classList.toggle("ti-chat-is-open", open);
    if (open) {
      if (!loaded) { load(); }
      input.focus();
    } else {
      opener.focus();
    }
  }

  build();
  opener.addEventListener("click", function () { toggle(panel.hidden); });
  link.parentNode.replaceChild(opener, link);
}());
