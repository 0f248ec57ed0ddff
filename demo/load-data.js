// "Load your own data": pasted text, a URL or a sample file goes to a second
// <conflict-timeline> as its `src`, and the element's ct-diagnostics fill the report.
//
// Pasted text is handed over as a Blob URL rather than parsed here: the readers
// are not part of the bundle's API, and through `src` the element detects the
// format, reports every record and shows load errors exactly as for a real file.

const timeline = document.getElementById('load-timeline');
const form = document.getElementById('load-form');
const textArea = document.getElementById('load-text');
const urlInput = document.getElementById('load-url');
const status = document.getElementById('load-status');
const rejectedList = document.getElementById('load-rejected');
const warningsBox = document.getElementById('load-warnings-box');
const warningsSummary = document.getElementById('load-warnings-summary');
const warningsList = document.getElementById('load-warnings');

/** The Blob URL of the last paste, revoked when replaced so pastes do not pile up in memory. */
let pastedUrl;

/** JSON starts with [ or {; anything else is read as CSV (the element sniffs the same way). */
function contentTypeOf(text) {
  return /^\s*[[{]/.test(text) ? 'application/json' : 'text/csv';
}

function formatName(type) {
  return type === 'application/json' ? 'JSON' : 'CSV';
}

function showSource(src, what) {
  clearReport();
  status.textContent = `Sent ${what} to the timeline. The count of records shown appears here once it is read.`;
  timeline.src = src;
}

function clearReport() {
  rejectedList.replaceChildren();
  warningsList.replaceChildren();
  warningsBox.hidden = true;
}

function listItems(list, diagnostics) {
  // textContent only: reasons quote the user's data, which must stay text.
  list.replaceChildren(
    ...diagnostics.map((d) => {
      const li = document.createElement('li');
      li.textContent = d.reason;
      return li;
    }),
  );
}

function loadPasted() {
  const text = textArea.value;
  if (text.trim() === '') {
    status.textContent = 'Paste some JSON or CSV first.';
    textArea.focus();
    return;
  }
  const type = contentTypeOf(text);
  if (pastedUrl) URL.revokeObjectURL(pastedUrl);
  pastedUrl = URL.createObjectURL(new Blob([text], { type }));
  showSource(pastedUrl, `the pasted ${formatName(type)}`);
}

function loadUrl() {
  const url = urlInput.value.trim();
  if (url === '' || !urlInput.checkValidity()) {
    status.textContent = 'Enter a full address, starting with https://.';
    urlInput.focus();
    return;
  }
  showSource(url, url);
}

async function loadSample(path, label) {
  showSource(path, `the ${label}`);
  // Show the sample's text too, so it can be edited and shown again with "Show pasted data".
  try {
    const response = await fetch(path);
    if (response.ok) textArea.value = await response.text();
  } catch {
    // The timeline reports the failure; the text area just stays as it was.
  }
}

// A load that fails shows its reason (and a retry) in the timeline; ct-load-error tells this page too.
timeline.addEventListener('ct-load-error', (event) => {
  status.textContent = `The data could not be loaded: ${event.detail.message}`;
});

timeline.addEventListener('ct-diagnostics', (event) => {
  const { accepted, rejected, warnings } = event.detail;
  const total = accepted + rejected.length;
  const records = total === 1 ? 'record' : 'records';
  status.textContent =
    rejected.length === 0
      ? `${accepted} of ${total} ${records} shown.`
      : `${accepted} of ${total} ${records} shown; ${rejected.length} could not be shown:`;
  listItems(rejectedList, rejected);
  listItems(warningsList, warnings);
  warningsBox.hidden = warnings.length === 0;
  warningsSummary.textContent = `${warnings.length} ${warnings.length === 1 ? 'change' : 'changes'} made to shown records`;
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  loadPasted();
});
document.getElementById('load-clear-button').addEventListener('click', () => {
  textArea.value = '';
  textArea.focus();
});
document.getElementById('load-url-button').addEventListener('click', loadUrl);
urlInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    loadUrl();
  }
});
for (const button of document.querySelectorAll('[data-sample]')) {
  button.addEventListener('click', () => loadSample(button.dataset.sample, button.textContent.trim()));
}
