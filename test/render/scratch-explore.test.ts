describe('explore', function () {
  this.timeout(120_000);
  it('times canvas calls', async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 1260; canvas.height = 500;
    document.body.append(canvas);
    const ctx = canvas.getContext('2d')!;
    const time = (name: string, f: () => void) => {
      for (let r = 0; r < 3; r++) f();
      const t0 = performance.now();
      for (let r = 0; r < 20; r++) f();
      console.log(name, ((performance.now() - t0) / 20).toFixed(3), 'ms');
    };
    time('clear', () => ctx.clearRect(0, 0, 1260, 500));
    time('200 fillRect', () => { for (let i = 0; i < 200; i++) { ctx.fillStyle = i % 2 ? '#0072b2' : '#d55e00'; ctx.fillRect(i * 6, 100, 5, 80); } });
    ctx.font = '10px system-ui, sans-serif'; ctx.textAlign = 'center'; ctx.lineJoin = 'round';
    time('200 fillText', () => { for (let i = 0; i < 200; i++) { ctx.fillStyle = '#000'; ctx.fillText(String(i), i * 6, 100); } });
    time('200 strokeText', () => { for (let i = 0; i < 200; i++) { ctx.strokeStyle = '#fff'; ctx.lineWidth = 2.5; ctx.strokeText(String(i), i * 6, 100); } });
    const p = new Path2D('M0,-6L5,4L-5,4Z');
    time('300 path fill+stroke', () => { for (let i = 0; i < 300; i++) { ctx.setTransform(1, 0, 0, 1, i * 4, 300); ctx.fillStyle = '#0072b2'; ctx.fill(p); ctx.strokeStyle = '#fff'; ctx.lineWidth = 1.5; ctx.stroke(p); } ctx.setTransform(1, 0, 0, 1, 0, 0); });
    time('getImageData 1px', () => { ctx.getImageData(5, 5, 1, 1); });
  });
});
