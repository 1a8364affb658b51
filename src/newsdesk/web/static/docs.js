// Starts Swagger UI from local files (no CDN; the CSP forbids inline scripts).
"use strict";
window.addEventListener("DOMContentLoaded", function () {
  var node = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: node.getAttribute("data-openapi"), dom_id: "#swagger-ui", deepLinking: true });
});
