// Where the brackets of each speaker's "name (affiliation)" are drawn, measured in the
// browser: each bracket must touch the end of the affiliation it encloses (on the line it
// sits on), whatever the directions of the name and the affiliation. The result goes into a
// pre element of id bidi-result, for the test to read from the dumped DOM.
(function () {
  const results = [];
  for (const el of document.querySelectorAll('.speakers')) {
    const lines = [[]];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) lines[lines.length - 1].push([node, i]);
      let next = node.nextSibling;
      let parent = node.parentNode;
      while (!next && parent && parent !== el) {
        next = parent.nextSibling;
        parent = parent.parentNode;
      }
      if (next && next.nodeName === 'BR') lines.push([]);
    }
    for (const line of lines) {
      const text = line.map(([n, i]) => n.data[i]).join('');
      const m = /^(.*?) \((.*)\)$/.exec(text);
      if (!m) continue;
      const rect = (k) => {
        const r = document.createRange();
        r.setStart(line[k][0], line[k][1]);
        r.setEnd(line[k][0], line[k][1] + 1);
        return r.getBoundingClientRect();
      };
      const open = rect(m[1].length + 1), first = rect(m[1].length + 2);
      const last = rect(text.length - 2), close = rect(text.length - 1);
      const touch = (a, b) => Math.abs(a.right - b.left) < 1.5 || Math.abs(b.right - a.left) < 1.5;
      const sameLine = (a, b) => Math.abs(a.top - b.top) < 2;
      const ok = (!sameLine(open, first) || touch(open, first))
        && (!sameLine(close, last) || touch(close, last))
        && (sameLine(open, first) || sameLine(close, last));
      results.push({ text, ok });
    }
  }
  const pre = document.createElement('pre');
  pre.id = 'bidi-result';
  pre.textContent = JSON.stringify(results);
  document.body.appendChild(pre);
})();
