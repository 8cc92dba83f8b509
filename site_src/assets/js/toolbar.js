/* The 无障碍 toolbar and the 长辈模式 switch (partials/gk-toolbar.html, partials/gk-elder-switch.html).
   Settings are kept in localStorage by window.gkReader (partials/gk-head.html), which also applies them
   to <html> before first paint; this script shows the controls, changes the settings, reads aloud and
   draws the reading guide and the large caption. Keyboard shortcuts are Alt+Shift+key, taken from the
   controls' aria-keyshortcuts; the theme's own single-letter shortcuts are switched off (WCAG 2.1.4). */
(function () {
  "use strict";
  var reader = window.gkReader;
  var toolbar = document.getElementById("gk-toolbar");
  if (!reader || !toolbar) return;

  var html = document.documentElement;
  var SIZES = [100, 125, 150, 175, 200];
  var THEME_KEYS = ["f", "s", "/", "p", ",", "n", "."];  // mkdocs-material's global shortcuts
  var CAPTION_SOURCES = "a, button, label, summary, h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, input, select, textarea";
  var settings = reader.load();
  var status = toolbar.querySelector("[data-gk-status]");
  var container = document.querySelector(".md-container");
  var controls = [].slice.call(document.querySelectorAll("[data-gk-action]"));

  // ---- settings --------------------------------------------------------------------------------
  function message(name, params) {
    var text = toolbar.getAttribute("data-msg-" + name) || "";
    Object.keys(params || {}).forEach(function (key) { text = text.split("{" + key + "}").join(params[key]); });
    return text;
  }

  function announce(text) {
    // A fresh text node each time, so that repeating the same message is announced again.
    status.textContent = "";
    status.appendChild(document.createTextNode(text));
  }

  function label(button) { return button.textContent.trim(); }

  function change(update) {
    update(settings);
    reader.save(settings);
    reader.apply(settings);
    render();
  }

  function render() {
    var theme = reader.theme(settings);
    var size = settings.size || 100;
    controls.forEach(function (control) {
      var action = control.getAttribute("data-gk-action");
      var value = control.getAttribute("data-gk-value");
      var pressed = {
        elder: theme === "elder",
        theme: theme === value,
        spacing: String(settings.spacing || 0) === value,
        flag: !!settings[value]
      }[action];
      if (pressed !== undefined) control.setAttribute("aria-pressed", String(pressed));
      if (action === "smaller") control.setAttribute("aria-disabled", String(size <= SIZES[0]));
      if (action === "larger") control.setAttribute("aria-disabled", String(size >= SIZES[SIZES.length - 1]));
    });
    toolbar.querySelector('[data-gk-show="size"]').textContent = message("size-value", { percent: size });
  }

  function resize(step) {
    var index = Math.max(0, SIZES.indexOf(settings.size || 100));
    var size = SIZES[Math.min(SIZES.length - 1, Math.max(0, index + step))];
    change(function (s) { if (size > SIZES[0]) s.size = size; else delete s.size; });
    announce(message("status-size", { percent: size }));
  }

  function chooseTheme(theme) {
    change(function (s) {
      if (theme === "elder" && reader.theme(s) !== "elder") s.before = s.theme;  // what 长辈模式 off returns to
      if (theme !== "elder") delete s.before;
      s.theme = theme;
    });
  }

  var actions = {
    smaller: function () { resize(-1); },
    larger: function () { resize(1); },
    spacing: function (button) {
      var level = Number(button.getAttribute("data-gk-value"));
      change(function (s) { if (level) s.spacing = level; else delete s.spacing; });
      announce(message("status-spacing", { level: label(button) }));
    },
    theme: function (button) {
      chooseTheme(button.getAttribute("data-gk-value"));
      announce(message("status-theme", { name: label(button) }));
    },
    elder: function (button) {
      var on = reader.theme(settings) !== "elder";
      if (on) chooseTheme("elder");
      else change(function (s) { s.theme = s.before; delete s.before; });
      announce(message(on ? "status-on" : "status-off", { name: label(button) }));
    },
    flag: function (button) {
      var flag = button.getAttribute("data-gk-value");
      var on = !settings[flag];
      change(function (s) { if (on) s[flag] = true; else delete s[flag]; });
      announce(message(on ? "status-on" : "status-off", { name: label(button) }));
    },
    read: readAloud,
    pause: pauseOrResume,
    stop: function () { stopReading(); announce(message("status-stopped")); },
    reset: function () {
      stopReading();
      change(function (s) { Object.keys(s).forEach(function (key) { delete s[key]; }); });
      announce(message("status-reset"));
    },
    more: function (button) {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      toolbar.classList.toggle("gk-toolbar--open", open);
    }
  };

  document.addEventListener("click", function (event) {
    var control = event.target.closest && event.target.closest("button[data-gk-action]");
    if (!control || !actions[control.getAttribute("data-gk-action")]) return;
    if (control.getAttribute("aria-disabled") === "true") return;
    actions[control.getAttribute("data-gk-action")](control);
  });

  // Another tab changed the settings: follow it.
  window.addEventListener("storage", function (event) {
    if (event.key !== reader.key) return;
    settings = reader.load();
    reader.apply(settings);
    render();
  });

  // ---- keyboard ----------------------------------------------------------------------------------
  function editable(target) {
    return target && target.closest && !!target.closest("input, textarea, select, [contenteditable]");
  }

  function shortcutKey(element) {
    var parts = element.getAttribute("aria-keyshortcuts").split("+");
    return parts[parts.length - 1];
  }

  function pressed(event, key) {
    // Letters by physical key: with Alt or Option held, event.key may be another character.
    return key.length === 1 ? event.code === "Key" + key : event.key === key;
  }

  document.addEventListener("keydown", function (event) {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    var targets = document.querySelectorAll("[aria-keyshortcuts]");
    for (var i = 0; i < targets.length; i++) {
      if (!pressed(event, shortcutKey(targets[i]))) continue;
      event.preventDefault();
      if (targets[i] === toolbar) toolbar.querySelector("button").focus();
      else targets[i].click();
      return;
    }
  });

  // The theme's single-letter shortcuts (f, s, /: its search, switched off with its plugin; p, n: previous
  // and next page) would fire while a screen reader user types commands: stop them before the theme
  // sees them. Typing in a field is left alone.
  window.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || THEME_KEYS.indexOf(event.key) < 0) return;
    if (editable(event.target)) return;
    event.stopImmediatePropagation();
  }, true);

  // ---- read aloud (Web Speech API) -----------------------------------------------------------------
  var speech = window.speechSynthesis;
  var lastFocus = null;
  var heldSelection = "";
  var session = 0;

  document.addEventListener("focusin", function (event) {
    var target = event.target;
    if (container && container.contains(target) && target !== container) lastFocus = target;
  });
  // Pressing a toolbar button may clear the reader's selection: keep it for the read button.
  toolbar.addEventListener("pointerdown", function () { heldSelection = selectedText(); });

  function selectedText() { return window.getSelection ? String(window.getSelection()).trim() : ""; }

  function textToRead() {
    var text = selectedText() || heldSelection;
    heldSelection = "";
    if (text) return text;
    if (lastFocus && document.contains(lastFocus) && lastFocus.id !== "gk-main") {
      text = (lastFocus.innerText || lastFocus.textContent || "").trim();
      if (text) return text;
    }
    var article = document.querySelector("article");
    return article ? article.innerText.trim() : "";
  }

  // Engines name voices by individual language (espeak-ng: "cmn" for Mandarin, "khk" for Khalkha),
  // pages by macrolanguage (zh, mn): accept either.
  var SAME_LANGUAGE = { zh: ["zh", "cmn"], mn: ["mn", "khk", "mvf"] };

  function voiceFor(voices, lang) {
    var primary = lang.split("-")[0];
    var accepted = SAME_LANGUAGE[primary] || [primary];
    var near = null;
    for (var i = 0; i < voices.length; i++) {
      var tag = (voices[i].lang || "").toLowerCase().replace(/_/g, "-");
      if (tag === lang) return voices[i];
      if (!near && accepted.indexOf(tag.split("-")[0]) >= 0 && tag.indexOf("latn") < 0) near = voices[i];
    }
    return near;
  }

  // Voices load asynchronously (a speech-dispatcher voice list takes a second or two): ask for them as
  // the page opens, and let a click that comes before they arrive wait until VOICE_WAIT_MS after that.
  // A browser without any voice never fires voiceschanged, so the "no voice" message still comes.
  var VOICE_WAIT_MS = 5000;
  var voicesAskedAt = Date.now();
  if (speech && speech.getVoices) speech.getVoices();

  function withVoices(callback) {
    var voices = speech.getVoices();
    if (voices.length || !speech.addEventListener) return callback(voices);
    var done = false;
    function finish() {
      var now = speech.getVoices();
      if (done || (!now.length && Date.now() - voicesAskedAt < VOICE_WAIT_MS)) return;
      done = true;
      speech.removeEventListener("voiceschanged", finish);
      callback(now);
    }
    speech.addEventListener("voiceschanged", finish);
    setTimeout(finish, Math.max(0, VOICE_WAIT_MS - (Date.now() - voicesAskedAt)) + 50);
  }

  // About 15 s of Chinese speech. Short utterances because some engines stop a long one after about
  // 15 seconds, and because resuming after a pause starts the current piece again.
  var CHUNK = 60;
  var SENTENCE = /[^。！？；!?;᠃\n]*[。！？；!?;᠃\n]+|[^。！？；!?;᠃\n]+/g;
  var CLAUSE = /[^，、,：:᠂]*[，、,：:᠂]+|[^，、,：:᠂]+/g;

  function sentences(text) {
    var parts = [];
    (text.match(SENTENCE) || []).forEach(function (sentence) {
      if (sentence.length <= CHUNK) parts.push(sentence);
      else parts.push.apply(parts, sentence.match(CLAUSE));
    });
    var chunks = [];
    parts.forEach(function (part) {
      var last = chunks.length - 1;
      if (last >= 0 && chunks[last].length + part.length <= CHUNK) chunks[last] += part;
      else chunks.push(part);
    });
    return chunks.filter(function (chunk) { return chunk.trim(); });
  }

  function setPaused(paused) {
    var button = toolbar.querySelector('[data-gk-action="pause"]');
    if (button) button.setAttribute("aria-pressed", String(paused));
  }

  // One utterance at a time, so the page always knows which piece is being read. Pause cancels and
  // remembers that piece, resume reads it again from its start: speechSynthesis.pause() is unreliable
  // (Chrome on Android ignores it; with speech-dispatcher on Linux a resumed utterance fails).
  var reading = null; // { chunks, voice, index, paused }

  function speakFrom(index) {
    var current = ++session;
    reading.index = index;
    reading.paused = false;
    setPaused(false);
    if (index >= reading.chunks.length) {
      reading = null;
      return announce(message("status-done"));
    }
    var utterance = new window.SpeechSynthesisUtterance(reading.chunks[index]);
    utterance.voice = reading.voice;
    utterance.lang = reading.voice.lang;
    utterance.onend = function () { if (current === session) speakFrom(index + 1); };
    utterance.onerror = function (event) {
      if (current !== session || event.error === "interrupted" || event.error === "canceled") return;
      stopReading();
      announce(message("status-stopped"));
    };
    speech.speak(utterance);
  }

  function readAloud() {
    var text = textToRead();
    if (!speech || typeof window.SpeechSynthesisUtterance !== "function") return announce(message("no-speech"));
    withVoices(function (voices) {
      var voice = voiceFor(voices, (html.lang || "").toLowerCase());
      if (!voice) return announce(message("no-voice"));
      if (!text) return announce(message("status-nothing"));
      stopReading();
      reading = { chunks: sentences(text), voice: voice };
      speakFrom(0);
      announce(message("status-reading"));
    });
  }

  function pauseOrResume() {
    if (!reading) {
      setPaused(false);
      return announce(message("status-stopped"));
    }
    if (reading.paused) {
      speakFrom(reading.index);
      announce(message("status-resumed"));
    } else {
      session++;
      speech.cancel();
      reading.paused = true;
      setPaused(true);
      announce(message("status-paused"));
    }
  }

  function stopReading() {
    session++;
    reading = null;
    if (speech) speech.cancel();
    setPaused(false);
  }

  window.addEventListener("pagehide", stopReading);

  // ---- reading guide and large caption (decoration: aria-hidden) -------------------------------------
  function overlay(className) {
    var element = document.createElement("div");
    element.className = className;
    element.setAttribute("aria-hidden", "true");
    document.body.appendChild(element);
    return element;
  }
  var across = overlay("gk-guide gk-guide--across");
  var down = overlay("gk-guide gk-guide--down");
  var caption = overlay("gk-caption");

  function guideTo(x, y) {
    if (!html.hasAttribute("data-gk-guide")) return;
    across.style.transform = "translateY(" + Math.round(y) + "px)";
    down.style.transform = "translateX(" + Math.round(x) + "px)";
  }

  function captionFor(target) {
    if (!html.hasAttribute("data-gk-caption") || !target || !target.closest) return;
    var source = target.closest(CAPTION_SOURCES);
    if (!source) return;
    var text = source.getAttribute("aria-label") || source.value || source.innerText || "";
    text = text.replace(/\s+/g, " ").trim();
    if (!text) return;
    caption.textContent = text.length > 160 ? text.slice(0, 160) + "…" : text;
    var lang = source.closest("[lang]");
    caption.setAttribute("lang", lang ? lang.getAttribute("lang") : html.lang);
  }

  document.addEventListener("mousemove", function (event) { guideTo(event.clientX, event.clientY); }, { passive: true });
  document.addEventListener("mouseover", function (event) { captionFor(event.target); });
  document.addEventListener("focusin", function (event) {
    captionFor(event.target);
    if (event.target.getBoundingClientRect) {
      var box = event.target.getBoundingClientRect();
      guideTo(box.left + box.width / 2, box.top + box.height / 2);
    }
  });

  // ---- the header bar grows with 长辈模式 and wraps on a phone: keep scrolling targets clear of it, and
  // (Mongolian pages, which do not scroll vertically) start the caption strip below it ------------------
  var header = document.querySelector(".md-header");
  if (header && window.ResizeObserver) {
    var measure = new window.ResizeObserver(function () {
      html.style.setProperty("--gk-sticky-top", header.offsetHeight + "px");
      html.style.setProperty("--gk-header-bottom", Math.round(header.getBoundingClientRect().bottom) + "px");
    });
    measure.observe(header);
    measure.observe(toolbar);
  }

  // ---- show the controls: only now do they work ------------------------------------------------------
  controls.forEach(function (control) { control.hidden = false; });
  toolbar.hidden = false;
  render();
})();
