/** Global Privacy Control (https://globalprivacycontrol.org): the browser asks not to be tracked or sold. */
export function sendsGlobalPrivacyControl(headers: Headers): boolean {
  return headers.get("sec-gpc")?.trim() === "1";
}
