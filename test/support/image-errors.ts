/** Longer than any test server takes to answer a missing image. */
const TIMEOUT_MS = 10_000;

/**
 * Resolves once every image of this document already asked to load `url` has fired its error event,
 * and so run any onerror handler: how a test shows that an injected `<img src=… onerror=…>` would have
 * run by now, without guessing a time. A probe image asks for the same URL; its error comes no sooner
 * than theirs. Two probes, one after the other: images that fail at the same moment fire their errors
 * in any order among themselves, but the second probe only asks once the first has fired, after theirs
 * were queued. Fails if a probe loads or does not fail in time.
 */
export async function imageErrorsFired(url: string): Promise<void> {
  for (let probe = 0; probe < 2; probe++) await failedLoad(url);
}

function failedLoad(url: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const image = new Image();
    const timer = setTimeout(() => reject(new Error(`no error event for ${url} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    image.onerror = () => {
      clearTimeout(timer);
      resolve();
    };
    image.onload = () => {
      clearTimeout(timer);
      reject(new Error(`${url} loaded: it cannot show when images that fail have fired`));
    };
    image.src = url;
  });
}
