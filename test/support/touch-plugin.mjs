// A test-runner command that sends real touch input through the DevTools protocol
// (Input.dispatchTouchEvent), so pinch and one-finger pan can be tested as a phone sends them.
export function touchPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'dispatch-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'dispatch-touch' && command !== 'emulate-touch') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      if (command === 'emulate-touch') {
        // A phone reports touch points; d3-zoom listens to touch only where there are some.
        await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: payload.enabled, maxTouchPoints: 5 });
        return true;
      }
      await cdp.send('Input.dispatchTouchEvent', {
        type: payload.type,
        touchPoints: payload.points.map((p) => ({ x: p.x, y: p.y, id: p.id, radiusX: 4, radiusY: 4, force: 1 })),
      });
      return true;
    },
  };
}
