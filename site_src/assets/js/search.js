/* The search page (page_templates/search.md.j2, the only page that loads this script) with the site's
   Pagefind index (publish/search.py builds one per language, in pagefind/ at the site root). Nothing
   of the index is downloaded until the reader searches or is in the search field; then only the parts
   of the index and the result fragments the query needs. Without JavaScript the forms still open this
   page, which lists the sections. The index is chosen by the page's language (<html lang>), so the
   Mongolian edition searches Mongolian documents only. */
(function () {
  "use strict";

  var PAGE = 20; // results shown at a time; each shown result fetches its own small fragment
  var FILTERS = ["section", "year", "validity"];
  var loading = null;
  var results = document.getElementById("gk-search-results");
  if (!results) return;

  function load() {
    if (!loading) {
      var url = new URL(results.getAttribute("data-gk-bundle"), document.baseURI).href;
      // Result addresses are kept from the site's root: wherever the site is served from.
      var baseUrl = new URL("..", url).pathname;
      // A large archive's index is split into shards (render/search_shards.py): the first is where
      // pagefind.js is, the others are merged into it and asked only for what a query needs.
      var shards = (results.getAttribute("data-gk-shards") || "").split(" ").filter(Boolean);
      loading = import(url).then(function (pagefind) {
        return pagefind.options({ baseUrl: baseUrl }).then(function () {
          return pagefind.init();
        }).then(function () {
          return Promise.all(shards.map(function (shard) {
            return pagefind.mergeIndex(new URL(shard, document.baseURI).pathname, { baseUrl: baseUrl });
          }));
        }).then(function () { return pagefind; });
      });
    }
    return loading;
  }

  document.addEventListener("focusin", function (event) {
    var field = event.target;
    if (field && field.name === "q" && field.closest("[role=search]")) load();
  });

  var form = document.querySelector(".gk-search-page");
  var input = form.querySelector("input[name=q]");
  var fieldset = form.querySelector(".gk-search-filters");
  var status = results.querySelector(".gk-search-results__status");
  var list = results.querySelector(".gk-search-results__list");
  var more = null;
  var filtersReady = null;
  var generation = 0; // a newer search makes the results of an older one arriving late be dropped

  function query() {
    var params = new URLSearchParams(location.search);
    var chosen = {};
    FILTERS.forEach(function (name) {
      if (params.get(name)) chosen[name] = params.get(name);
    });
    return { q: (params.get("q") || "").trim(), filters: chosen };
  }

  // Pagefind marks the words found with <mark>; everything else in an excerpt is shown as text.
  function excerpt(html) {
    var p = document.createElement("p");
    p.className = "gk-search-result__excerpt";
    var parsed = new DOMParser().parseFromString(html, "text/html").body.childNodes;
    Array.prototype.forEach.call(parsed, function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        p.appendChild(mark);
      } else {
        p.appendChild(document.createTextNode(node.textContent));
      }
    });
    return p;
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "gk-search-result";
    var title = document.createElement("a");
    title.href = data.url;
    title.className = "gk-search-result__title";
    title.textContent = data.meta.title || data.url;
    li.appendChild(title);
    var about = document.createElement("p");
    about.className = "gk-search-result__meta";
    about.textContent = [data.meta.section, data.meta.date].filter(Boolean).join(" · ");
    li.appendChild(about);
    li.appendChild(excerpt(data.excerpt || ""));
    return li;
  }

  function showFrom(found, start, token) {
    var slice = found.slice(start, start + PAGE);
    return Promise.all(slice.map(function (r) { return r.data(); })).then(function (items) {
      if (token !== generation) return;
      items.forEach(function (data) { list.appendChild(item(data)); });
      if (more) more.remove();
      more = null;
      if (start + PAGE < found.length) {
        more = document.createElement("button");
        more.type = "button";
        more.className = "gk-search-results__more";
        more.textContent = results.getAttribute("data-gk-more");
        more.addEventListener("click", function () {
          var next = list.children.length;
          showFrom(found, start + PAGE, token).then(function () {
            var first = list.children[next] && list.children[next].querySelector("a");
            if (first) first.focus(); // keyboard users continue where the new results start
          });
        });
        results.appendChild(more);
      }
    });
  }

  function fillFilters(pagefind, chosen) {
    if (!filtersReady) {
      filtersReady = pagefind.filters().then(function (available) {
        FILTERS.forEach(function (name) {
          var select = form.querySelector('select[name="' + name + '"]');
          var values = Object.keys(available[name] || {}).sort();
          if (name === "year") values.reverse(); // newest first
          values.forEach(function (value) {
            var option = document.createElement("option");
            option.value = value;
            option.textContent = value;
            select.appendChild(option);
          });
          if (!values.length) select.closest("p").hidden = true;
        });
        fieldset.hidden = false;
      });
    }
    return filtersReady.then(function () {
      FILTERS.forEach(function (name) {
        form.querySelector('select[name="' + name + '"]').value = chosen[name] || "";
      });
    });
  }

  function run() {
    var token = ++generation;
    var wanted = query();
    input.value = wanted.q;
    list.textContent = "";
    if (more) more.remove();
    if (!wanted.q && !Object.keys(wanted.filters).length) {
      status.textContent = "";
      return Promise.resolve();
    }
    status.textContent = results.getAttribute("data-gk-loading");
    return load().then(function (pagefind) {
      return fillFilters(pagefind, wanted.filters).then(function () {
        return pagefind.search(wanted.q || null, { filters: wanted.filters });
      });
    }).then(function (search) {
      var found = search.results;
      // The count is announced once the first results are on the page.
      return showFrom(found, 0, token).then(function () {
        if (token !== generation) return;
        status.textContent = found.length
          ? results.getAttribute("data-gk-count").replace("{count}", String(found.length))
          : results.getAttribute("data-gk-none");
      });
    });
  }

  // The form and the filters change the address (so a search can be bookmarked and Back works)
  // and search again without reloading the page.
  function submit(event) {
    if (event) event.preventDefault();
    var params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    FILTERS.forEach(function (name) {
      var value = form.querySelector('select[name="' + name + '"]').value;
      if (value) params.set(name, value);
    });
    history.pushState(null, "", "?" + params.toString());
    run();
  }

  form.addEventListener("submit", submit);
  FILTERS.forEach(function (name) {
    form.querySelector('select[name="' + name + '"]').addEventListener("change", function () { submit(); });
  });
  window.addEventListener("popstate", run);
  run();
})();
