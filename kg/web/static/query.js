// The SPARQL editor of /query: YASGUI (vendored, see vendor/yasgui/SOURCE.txt) in place of the plain form.
// Everything it needs is in the page (#editor-config): the endpoint, the competency queries, the prefixes,
// classes and properties to complete. No request leaves this server.
(function () {
  "use strict";
  var configElement = document.getElementById("editor-config");
  if (!configElement || typeof Yasgui === "undefined") {
    return; // the plain form keeps working
  }
  var config = JSON.parse(configElement.textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;
  var Yasqe = Yasgui.Yasqe;

  // Where an IRI is looked at: on this server for the data and the project's terms, else where it lives.
  function localHref(iri) {
    if (iri.indexOf(config.baseIri + "id/") === 0) {
      return "/" + iri.slice(config.baseIri.length);
    }
    if (iri.indexOf(config.project + "ontology") === 0 || iri.indexOf(config.project + "ns/") === 0) {
      return "/" + iri.slice(config.project.length);
    }
    return null;
  }

  // Completion from the page's own lists (YASQE's class and property completers would ask an outside service).
  var ours = Object.keys(config.prefixes).map(function (name) {
    return name + ": <" + config.prefixes[name] + ">";
  });
  var bundled = Yasqe.Autocompleters.prefixes.get({ config: {} });
  Promise.resolve(bundled).then(function (list) {
    var others = list.filter(function (entry) {
      return !Object.prototype.hasOwnProperty.call(config.prefixes, entry.split(":")[0]);
    });
    Yasqe.forkAutocompleter("prefixes", { name: "kg-prefixes", persistenceId: "kg-prefixes", get: ours.concat(others) }, false);
    Yasqe.forkAutocompleter("class", { name: "kg-class", persistenceId: "kg-class", bulk: true, get: config.classes }, false);
    Yasqe.forkAutocompleter("property", { name: "kg-property", persistenceId: "kg-property", bulk: true, get: config.properties }, false);
    Yasqe.defaults.autocompleters = ["kg-prefixes", "variables", "kg-class", "kg-property"];
    start();
  });

  // Result cells link the data's IRIs to their pages on this server.
  var Table = Yasgui.Yasr.plugins.table;
  var iriLink = Table.prototype.getUriLinkFromBinding;
  Table.prototype.getUriLinkFromBinding = function (binding, prefixes) {
    var html = iriLink.call(this, binding, prefixes);
    var href = localHref(binding.value);
    if (href === null) {
      return html;
    }
    var template = document.createElement("template");
    template.innerHTML = html;
    var anchor = template.content.querySelector("a");
    if (anchor) {
      anchor.setAttribute("href", href);
      anchor.removeAttribute("target");
      anchor.removeAttribute("rel");
    }
    return template.innerHTML;
  };

  function downloadLinks(yasgui) {
    var tab = yasgui.getTab();
    var query = tab ? tab.getYasqe().getValue() : "";
    [["csv", "download-csv"], ["json", "download-json"]].forEach(function (pair) {
      var link = document.getElementById(pair[1]);
      link.href = config.endpoint + "?" + new URLSearchParams({ query: query, format: pair[0] }).toString();
      link.setAttribute("download", (tab ? tab.getName() : "results").replace(/[^\w-]+/g, "-") + "." + pair[0]);
    });
  }

  function start() {
    // Shown before YASGUI draws: CodeMirror cannot measure (and draws nothing) inside a hidden element.
    document.getElementById("plain-query").hidden = true;
    document.getElementById("editor").hidden = false;
    var yasgui = new Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint: endpoint, method: "POST" },
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
      copyEndpointOnNewTab: true,
      persistenceId: null,
      populateFromUrl: false,
      autoAddOnInit: false,
      // result cells show the data's IRIs as id:actor/Q58217 (display only; queries declare their own prefixes)
      yasr: { prefixes: Object.assign({ id: config.baseIri + "id/" }, config.prefixes) },
    });
    var queries = config.queries.length ? config.queries : [{ name: "query", question: "Query", text: document.getElementById("query-text").value }];
    var names = queries.map(function (query) { return query.name; });
    var active = config.query ? null : (names.indexOf(config.selected) >= 0 ? config.selected : names[0]);
    queries.forEach(function (query) {
      yasgui.addTab(query.name === active, { name: query.name, yasqe: { value: query.text } });
    });
    if (config.query) {
      yasgui.addTab(true, { name: "Your query", yasqe: { value: config.query } });
    }
    yasgui.on("tabSelect", function () { setTimeout(function () { downloadLinks(yasgui); }, 0); });
    yasgui.on("tabChange", function () { downloadLinks(yasgui); });
    yasgui.on("query", function () { downloadLinks(yasgui); });
    downloadLinks(yasgui);

    // A competency question's link selects its tab rather than reloading the page.
    document.querySelectorAll("a[data-query-name]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var name = link.getAttribute("data-query-name");
        var tabs = yasgui.persistentConfig.getTabs().map(function (id) { return yasgui.getTab(id); });
        var tab = tabs.filter(function (t) { return t && t.getName() === name; })[0];
        if (tab) {
          event.preventDefault();
          yasgui.selectTabId(tab.getId());
          document.getElementById("editor").scrollIntoView();
          tab.getYasqe().focus();
        }
      });
    });
    window.kgYasgui = yasgui; // for the browser tests and the curious
  }
})();
