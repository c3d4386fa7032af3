import { element } from './dom.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Subtask statuses during which a device is working on it. */
const WORKING = new Set(['pending', 'dispatched', 'running', 'waiting']);

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (key === 'className') node.setAttribute('class', value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) if (child) node.append(child);
  return node;
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

function percent(value) {
  return `${Math.round(value)}%`;
}

/**
 * What each device is working on, from the goal events the console already receives: the latest
 * subtask of a goal that is in flight on it.
 */
function createCurrentWork() {
  const byDevice = new Map();
  return {
    goal(view) {
      for (const subtask of view.subtasks) {
        const current = byDevice.get(subtask.deviceId);
        if (WORKING.has(subtask.status)) byDevice.set(subtask.deviceId, { id: subtask.id, text: subtask.text });
        else if (current?.id === subtask.id) byDevice.delete(subtask.deviceId);
      }
    },
    of: (deviceId) => byDevice.get(deviceId)?.text ?? '',
  };
}

/**
 * One row per entry of a table, updated in place: a hundred robots four times a second change a
 * few text nodes, never rebuild the table.
 */
function createRows(tbody, columns, idOf) {
  const rows = new Map();
  return function update(entries) {
    const seen = new Set();
    for (const entry of entries) {
      const id = idOf(entry);
      seen.add(id);
      let row = rows.get(id);
      if (!row) {
        row = { node: element('tr', { dataset: { id } }), cells: columns.map((column) => element('td', { className: column.className ?? '' })) };
        row.node.append(...row.cells);
        rows.set(id, row);
        tbody.append(row.node);
      }
      columns.forEach((column, index) => setText(row.cells[index], column.text(entry)));
      row.node.dataset.status = entry.status ?? '';
    }
    for (const [id, row] of rows) {
      if (seen.has(id)) continue;
      row.node.remove();
      rows.delete(id);
    }
  };
}

function table(caption, headings) {
  const tbody = element('tbody');
  const node = element('table', { className: 'world__table' },
    element('caption', { className: 'visually-hidden', text: caption }),
    element('thead', {}, element('tr', {}, headings.map((heading) => element('th', { scope: 'col', text: heading })))),
    tbody);
  return { node, tbody };
}

/**
 * The warehouse: grid, shelves coloured by how much of them is free, docks, and robots that move
 * as the world reports them (a short transition between the few views a second smooths the
 * motion). Robots are SVG groups moved by transform only; the layout is drawn once per grid.
 */
function createWarehouseDrawing(container, work) {
  let layoutKey = '';
  let height = 0;
  let shelves = new Map();
  let robots = new Map();
  let layers = null;
  const robotTable = table('Robots', ['Robot', 'Vendor', 'Battery', 'Status', 'Working on']);
  const updateRows = createRows(
    robotTable.tbody,
    [
      { text: (robot) => robot.name, className: 'world__name' },
      { text: (robot) => robot.vendor },
      { text: (robot) => percent(robot.battery), className: 'world__number' },
      { text: (robot) => robot.status.replace(/_/g, ' ') + (robot.atShelf ? ` at shelf ${robot.atShelf}` : robot.docked ? ' on a dock' : '') },
      { text: (robot) => work.of(robot.id), className: 'world__work' },
    ],
    (robot) => robot.id,
  );
  const summary = element('p', { className: 'world__summary' });

  function drawLayout(view) {
    height = view.height;
    const flip = (y) => view.height - 1 - y;
    const grid = [];
    for (let x = 0; x <= view.width; x += 1) grid.push(`M${x - 0.5} -0.5V${view.height - 0.5}`);
    for (let y = 0; y <= view.height; y += 1) grid.push(`M-0.5 ${y - 0.5}H${view.width - 0.5}`);
    const docks = view.docks.map((dock) => svg('rect', { className: 'world__dock', x: dock.x - 0.45, y: flip(dock.y) - 0.45, width: 0.9, height: 0.9, rx: 0.15 }, svg('title', {}, 'Charging dock')));
    shelves = new Map();
    const shelfNodes = view.shelves.map((shelf) => {
      const fill = svg('rect', { className: 'world__shelf', x: shelf.x - 0.45, y: flip(shelf.y) - 0.45, width: 0.9, height: 0.9, rx: 0.1 });
      const title = svg('title');
      const label = svg('text', { className: 'world__shelf-label', x: shelf.x, y: flip(shelf.y) + 0.05 }, String(shelf.number));
      const group = svg('g', { dataset: { shelf: String(shelf.number) } }, fill, label, title);
      shelves.set(shelf.number, { fill, title, group });
      return group;
    });
    robots = new Map();
    const robotNodes = view.robots.map((robot) => {
      const body = svg('circle', { className: 'world__robot-body', r: 0.38 });
      const charge = svg('rect', { className: 'world__robot-battery', x: -0.35, y: 0.42, height: 0.1, width: 0.7 });
      const label = svg('text', { className: 'world__robot-label', y: 0.04 }, robot.name.replace(/^\D+/, '') || robot.name);
      const title = svg('title');
      const group = svg('g', { className: 'world__robot', dataset: { robotId: robot.id } }, body, charge, label, title);
      robots.set(robot.id, { group, charge, title });
      return group;
    });
    layers = { robots: svg('g', {}, robotNodes) };
    const drawing = svg(
      'svg',
      {
        className: 'world__map',
        viewBox: `-0.6 -0.6 ${view.width + 0.2} ${view.height + 0.5}`,
        role: 'img',
        'aria-label': `Warehouse floor, ${view.width} by ${view.height} m`,
        dataset: { width: String(view.width), height: String(view.height) },
      },
      svg('path', { className: 'world__grid', d: grid.join('') }),
      svg('g', {}, docks),
      svg('g', {}, shelfNodes),
      layers.robots,
    );
    container.replaceChildren(
      element('div', { className: 'world__body' }, drawing, element('div', { className: 'world__side' }, summary, robotTable.node)),
    );
  }

  return {
    update(view) {
      const key = `${view.width}x${view.height}:${view.shelves.map((shelf) => shelf.number).join(',')}:${view.robots.map((robot) => robot.id).join(',')}`;
      if (key !== layoutKey) {
        layoutKey = key;
        drawLayout(view);
      }
      for (const shelf of view.shelves) {
        const drawn = shelves.get(shelf.number);
        const free = shelf.vacantSlots.length / shelf.slots;
        drawn.group.dataset.vacant = String(shelf.vacantSlots.length);
        drawn.fill.dataset.level = free === 0 ? 'full' : free < 0.34 ? 'some' : 'much';
        setText(drawn.title, `Shelf ${shelf.number}: ${shelf.vacantSlots.length} of ${shelf.slots} slots free${shelf.vacantSlots.length ? ` (${shelf.vacantSlots.join(', ')})` : ''}`);
      }
      for (const robot of view.robots) {
        const drawn = robots.get(robot.id);
        const { dataset, style } = drawn.group;
        dataset.x = String(robot.x);
        dataset.y = String(robot.y);
        dataset.status = robot.status;
        // CSS transforms on SVG elements are in user units: one unit is one metre.
        style.transform = `translate(${robot.x}px, ${height - 1 - robot.y}px)`;
        drawn.charge.setAttribute('width', String(Math.max(0.02, 0.7 * (robot.battery / 100))));
        drawn.charge.dataset.low = String(robot.battery < 20);
        const doing = work.of(robot.id);
        setText(drawn.title, `${robot.name} (${robot.vendor}): ${percent(robot.battery)}, ${robot.status.replace(/_/g, ' ')}${doing ? `: ${doing}` : ''}`);
      }
      const moving = view.robots.filter((robot) => robot.status === 'moving').length;
      const free = view.shelves.filter((shelf) => shelf.vacantSlots.length > 0).length;
      setText(summary, `${view.robots.length} robots (${moving} moving) · ${free} of ${view.shelves.length} shelves with free slots · ${view.width} × ${view.height} m`);
      updateRows(view.robots);
    },
  };
}

const BAND_CLASS = { '2.4GHz': 'band-24', '5GHz': 'band-5' };

/** The network: the access point in the middle, its clients around it on their band, the interferer. */
function createNetworkDrawing(container, work) {
  let layoutKey = '';
  let clients = new Map();
  let oven = null;
  const clientTable = table('Clients', ['Client', 'Band', 'Packet errors', 'Throughput', 'Contention window', 'Working on']);
  const updateRows = createRows(
    clientTable.tbody,
    [
      { text: (client) => client.name, className: 'world__name' },
      { text: (client) => (client.associated ? `${client.band} (${client.ssid})` : 'not connected') },
      { text: (client) => `${client.packetErrorRate}%`, className: 'world__number' },
      { text: (client) => `${client.goodputMbps} Mbit/s`, className: 'world__number' },
      { text: (client) => `${client.logCwMin}, ${client.logCwMax}`, className: 'world__number' },
      { text: (client) => work.of(client.id), className: 'world__work' },
    ],
    (client) => client.id,
  );
  const summary = element('p', { className: 'world__summary' });

  function drawLayout(view) {
    clients = new Map();
    const count = view.clients.length;
    const ap = { x: 5, y: 5 };
    // Clients on an arc above the access point, each with its name and band and its measured link over it.
    const nodes = view.clients.map((client, index) => {
      const angle = (Math.PI * (index + 1)) / (count + 1);
      const x = ap.x - 3.8 * Math.cos(angle);
      const y = ap.y - 3.2 * Math.sin(angle);
      const link = svg('line', { className: 'world__link', x1: ap.x, y1: ap.y, x2: x, y2: y });
      const label = svg('text', { className: 'world__client-label', x, y: y - 1.0 });
      const reading = svg('text', { className: 'world__client-reading', x, y: y - 0.6 });
      const group = svg('g', { className: 'world__client', dataset: { clientId: client.id } }, link, svg('circle', { className: 'world__client-body', cx: x, cy: y, r: 0.4 }), label, reading);
      clients.set(client.id, { group, link, label, reading });
      return group;
    });
    const ovenBody = svg('rect', { className: 'world__interferer', x: 0.9, y: 5.4, width: 1.4, height: 0.9, rx: 0.15 });
    const ovenLabel = svg('text', { className: 'world__client-label', x: 1.6, y: 6.8 });
    oven = { group: svg('g', { dataset: { interferer: view.interferer.id } }, ovenBody, ovenLabel), label: ovenLabel };
    const drawing = svg(
      'svg',
      { className: 'world__map world__map--network', viewBox: '-0.4 0 10.8 7.4', role: 'img', 'aria-label': 'WiFi network: access point, clients and interferer' },
      svg('g', {}, nodes),
      svg('circle', { className: 'world__ap', cx: ap.x, cy: ap.y, r: 0.55 }),
      svg('text', { className: 'world__client-label', x: ap.x, y: ap.y + 1.0 }, view.accessPoint.name),
      oven.group,
    );
    container.replaceChildren(element('div', { className: 'world__body' }, drawing, element('div', { className: 'world__side' }, summary, clientTable.node)));
  }

  return {
    update(view) {
      const key = view.clients.map((client) => client.id).join(',');
      if (key !== layoutKey) {
        layoutKey = key;
        drawLayout(view);
      }
      for (const client of view.clients) {
        const drawn = clients.get(client.id);
        drawn.group.dataset.band = client.associated ? client.band : 'none';
        drawn.link.setAttribute('class', `world__link ${client.associated ? BAND_CLASS[client.band] : 'world__link--down'}`);
        setText(drawn.label, `${client.name} · ${client.associated ? client.band : 'off'}`);
        setText(drawn.reading, `${client.goodputMbps} Mbit/s · ${client.packetErrorRate}% lost`);
      }
      oven.group.dataset.running = String(view.interferer.running);
      setText(oven.label, `${view.interferer.name}${view.interferer.running ? ' (on)' : ''}`);
      const ssids = view.accessPoint.ssids.map((entry) => `${entry.band}: ${entry.ssid}`).join(', ');
      setText(summary, `${view.accessPoint.name} on channel ${view.accessPoint.channel24} · ${ssids}`);
      updateRows(view.clients);
    },
  };
}

/**
 * The live picture of a simulated site under the chat: a warehouse's floor or a network's links,
 * from the `world` events of /api/events. Stays hidden for a home, which has no world.
 */
export function createWorldView({ section, title, body }) {
  const work = createCurrentWork();
  let drawing = null;
  let kind = null;
  let latest = null;
  let frame = 0;

  function draw() {
    frame = 0;
    if (latest) drawing.update(latest);
  }

  return {
    update(view) {
      if (view.kind !== kind) {
        kind = view.kind;
        drawing = kind === 'warehouse' ? createWarehouseDrawing(body, work) : createNetworkDrawing(body, work);
        section.hidden = false;
      }
      setText(title, view.name);
      latest = view;
      // At most one redraw per frame, however many views arrive.
      if (!frame) frame = requestAnimationFrame(draw);
    },
    goal(view) {
      work.goal(view);
      if (latest && !frame) frame = requestAnimationFrame(draw);
    },
  };
}
