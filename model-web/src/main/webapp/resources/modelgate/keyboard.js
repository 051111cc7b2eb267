// Keyboard use of tables: Enter on a focused link or button inside a PrimeFaces table follows it.
// The table's own key handling (row navigation) otherwise takes the key before the link sees it.
(function () {
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var target = event.target;
    if (!target || !target.closest || !target.closest('.ui-datatable, .ui-datalist, table')) {
      return;
    }
    if (target.matches('a[href], [role="link"], button, [role="button"]')) {
      event.preventDefault();
      event.stopPropagation();
      target.click();
    }
  }, true);
})();
