/* 创城文库: the citation box. Fills in today's date (引用日期) and makes the copy and download
   buttons work; without scripts the citation, BibTeX and RIS are still on the page as text. */
(function () {
  "use strict";
  var box = document.querySelector("[data-cc-cite]");
  if (!box) return;
  var d = new Date();
  var today = d.getFullYear() + "-" + ("0" + (d.getMonth() + 1)).slice(-2) + "-" + ("0" + d.getDate()).slice(-2);
  document.querySelectorAll("[data-cc-today]").forEach(function (el) { el.textContent = today; });
  var status = box.querySelector("[data-cc-status]");
  function say(msg) { if (status) status.textContent = msg; }
  box.addEventListener("click", function (ev) {
    var btn = ev.target.closest("button");
    if (!btn) return;
    if (btn.hasAttribute("data-cc-copy")) {
      var text = document.getElementById(btn.getAttribute("data-cc-copy")).textContent.trim();
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () { say("已复制。"); },
                                                 function () { say("复制失败，请手动选择文字复制。"); });
      } else {
        say("浏览器不支持自动复制，请手动选择文字复制。");
      }
    } else if (btn.hasAttribute("data-cc-download")) {
      var src = document.getElementById(btn.getAttribute("data-cc-download")).textContent;
      var blob = new Blob([src], { type: btn.getAttribute("data-cc-type") + ";charset=utf-8" });
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = btn.getAttribute("data-cc-filename");
      document.body.appendChild(a);
      a.click();
      a.remove();
      // Revoked later, not at once: the download reads the blob after click() returns.
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
      say("已下载 " + a.download + "。");
    }
  });
  box.hidden = false;
})();
