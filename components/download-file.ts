/**
 * Saves text as a file through the browser's own download (a temporary object URL clicked once): the
 * record and managers' pages make their files locally, nothing is sent anywhere.
 */
export function downloadFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked later, not at once: the browser reads the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
