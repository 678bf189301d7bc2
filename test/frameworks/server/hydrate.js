// Hands the answers the server wrote into the page to the widget, as a property: answers never
// go into attributes. Runs after goesting.js has defined the tags (module scripts run in order).
for (const data of document.querySelectorAll('script[type="application/json"][id^="saved-"]')) {
  const widget = data.previousElementSibling;
  const saved = JSON.parse(data.textContent);
  if (widget && saved) widget.value = saved;
}
