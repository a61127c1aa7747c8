/*
 * Reminders when the app is closed: the service worker shows each pushed reminder as a notification
 * (a newer one with the same tag replaces it, so "Done — Ana logged a feed" takes the reminder's
 * place), and a tap opens the screen the reminder names. Loaded into the generated service worker
 * with importScripts (vite.config.ts).
 */
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { title: event.data ? event.data.text() : "Attune" };
  }
  const actions = Array.isArray(data.actions) ? data.actions.slice(0, 2) : [];
  event.waitUntil(
    self.registration.showNotification(data.title || "Attune", {
      body: data.body || "",
      tag: data.tag || undefined,
      renotify: false,
      icon: "/icon-192.png",
      badge: "/icon-192.png",
      actions,
      data: { url: typeof data.url === "string" && data.url.startsWith("/") ? data.url : "/" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url || "/", self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      for (const client of windows) {
        if (new URL(client.url).origin !== self.location.origin) continue;
        await client.focus();
        return client.navigate(url);
      }
      return self.clients.openWindow(url);
    })(),
  );
});
