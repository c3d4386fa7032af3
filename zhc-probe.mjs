import * as zhc from 'zigbee-herdsman-converters';
function fakeDevice(modelID, manufacturerName) {
  const endpoints = [1].map((ID) => ({ ID, inputClusters: [], outputClusters: [], supportsInputCluster: () => false, supportsOutputCluster: () => false, getInputClusters: () => [], getOutputClusters: () => [], binds: [], configuredReportings: [], getDevice: () => device }));
  const device = { ieeeAddr: '0x0001', networkAddress: 1, modelID, manufacturerName, type: 'Router', powerSource: 'Mains (single phase)', endpoints, getEndpoint: (id) => endpoints.find((e) => e.ID === id), interviewCompleted: true, meta: {}, customClusters: {}, isDeleted: false, softwareBuildID: '1', dateCode: '1' };
  return device;
}
const list = process.argv.slice(2);
for (const spec of list) {
  const [modelID, manu] = spec.split('|');
  try {
    const device = fakeDevice(modelID, manu);
    const def = await zhc.findByDevice(device);
    if (!def) { console.log('NONE', spec); continue; }
    const exposes = typeof def.exposes === 'function' ? def.exposes(device, {}) : def.exposes;
    console.log('##', spec, '=>', def.model, def.vendor, def.description);
    console.log(JSON.stringify(exposes).slice(0, 3000));
  } catch (e) { console.log('ERR', spec, e.message); }
}
