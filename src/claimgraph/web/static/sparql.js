// The SPARQL page without a page load per example: an example link fills the editor (the plain link still works
// without script), and Ctrl+Enter (or Cmd+Enter) submits the form.
(function () {
  "use strict";
  var editor = document.getElementById("query");
  if (!editor) { return; }
  document.querySelectorAll(".examples a[data-query]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      editor.value = link.getAttribute("data-query");
      editor.focus();
    });
  });
  editor.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      editor.form.requestSubmit();
    }
  });
})();
