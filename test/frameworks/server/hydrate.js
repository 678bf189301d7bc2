// Hands the answers the server wrote into the page to the widget, as a property: answers never
// go into attributes. The loader may define the tag later; a property set before that reaches the
// widget when it is defined.
for (const data of document.querySelectorAll('script[type="application/json"][id^="saved-"]')) {
  const widget = data.previousElementSibling;
  const saved = JSON.parse(data.textContent);
  if (widget && saved) widget.value = saved;
}
