import type { DeviceDescription } from '@meshmind/protocol';

const BANDS = ['2.4GHz', '5GHz'];
const BAND_SYNONYMS = { '2.4GHz': ['2.4 GHz', '2.4G', '2.4', 'two point four'], '5GHz': ['5 GHz', '5G', 'five gigahertz', '5'] };
const LOG_CW = { minimum: 1, maximum: 15 };

export const wifiClientDescription: DeviceDescription = {
  type: 'wifi_client',
  title: 'WiFi client',
  description: 'A computer on the WiFi network whose radio settings (contention window, band, SSID) can be changed, and which reports its link quality.',
  domain: 'network',
  version: '1.0.0',
  nouns: ['client', 'wifi client', 'station', 'computer', 'laptop', 'device'],
  state: {
    connected: { type: 'boolean', description: 'Whether the client is associated with an access point.' },
    ssid: { type: 'string', description: 'SSID the client is associated with (empty: none).' },
    band: { type: 'enum', description: 'Frequency band in use.', values: [...BANDS], synonyms: BAND_SYNONYMS },
    log_cw_min: { type: 'integer', description: 'Minimum contention window, as log2 (CWmin + 1).', ...LOG_CW },
    log_cw_max: { type: 'integer', description: 'Maximum contention window, as log2 (CWmax + 1).', ...LOG_CW },
    packet_error_rate: { type: 'number', description: 'Share of frames lost on the link.', unit: '%', minimum: 0, maximum: 100 },
    goodput: { type: 'number', description: 'Data rate the client gets through now.', unit: 'Mbit/s', minimum: 0 },
    uploading: { type: 'boolean', description: 'Whether an upload is in progress.' },
    last_upload_seconds: { type: 'number', description: 'Duration of the last finished upload.', unit: 's', minimum: 0 },
  },
  functions: [
    {
      name: 'set_csma_cw',
      description: 'Sets the CSMA/CA contention window of the client: a smaller window makes it transmit sooner and win more airtime.',
      kind: 'action',
      parameters: [
        { name: 'log_cw_min', type: 'integer', description: 'Minimum contention window as a power of two (default 4).', ...LOG_CW },
        { name: 'log_cw_max', type: 'integer', description: 'Maximum contention window as a power of two, not below log_cw_min (default 10).', ...LOG_CW },
      ],
      effects: [
        { key: 'log_cw_min', parameter: 'log_cw_min' },
        { key: 'log_cw_max', parameter: 'log_cw_max' },
      ],
    },
    {
      name: 'get_known_aps',
      description: 'Lists the SSIDs of the access points the client knows, one per band.',
      kind: 'query',
      parameters: [],
      returns: { type: 'string_list', description: 'SSIDs' },
    },
    {
      name: 'switch_ssid',
      description: 'Connects the client to the WiFi network with this SSID (and so to its band).',
      kind: 'action',
      parameters: [{ name: 'ssid', type: 'string', description: 'SSID to connect to.' }],
      effects: [
        { key: 'ssid', parameter: 'ssid' },
        { key: 'connected', value: true },
      ],
    },
    {
      name: 'set_band',
      description: 'Moves the client to the 2.4 GHz or the 5 GHz band of its access point.',
      kind: 'action',
      parameters: [{ name: 'band', type: 'enum', description: 'Band to use.', values: [...BANDS], synonyms: BAND_SYNONYMS }],
      effects: [
        { key: 'band', parameter: 'band' },
        { key: 'connected', value: true },
      ],
    },
    {
      name: 'disconnect',
      description: 'Disconnects the client from its access point.',
      kind: 'action',
      parameters: [],
      effects: [{ key: 'connected', value: false }],
    },
    {
      name: 'get_upload_time',
      description: 'Estimates how long uploading a file of the given size takes under the current conditions.',
      kind: 'query',
      parameters: [{ name: 'file_size_mb', type: 'number', description: 'File size.', unit: 'MB', minimum: 0.001, maximum: 100_000 }],
      returns: { type: 'number', description: 'Estimated upload time.', unit: 's' },
    },
    {
      name: 'upload_file',
      description: 'Uploads a file of the given size to the server and reports how long it took.',
      kind: 'action',
      parameters: [{ name: 'file_size_mb', type: 'number', description: 'File size.', unit: 'MB', minimum: 0.001, maximum: 100_000 }],
      returns: { type: 'number', description: 'Upload time.', unit: 's' },
    },
    {
      name: 'get_packet_error_rate',
      description: 'Reads the packet error rate of the client link.',
      kind: 'query',
      parameters: [],
      returns: { type: 'number', description: 'Packet error rate.', unit: '%' },
    },
    {
      name: 'get_throughput',
      description: 'Reads the data rate the client currently gets through.',
      kind: 'query',
      parameters: [],
      returns: { type: 'number', description: 'Goodput.', unit: 'Mbit/s' },
    },
  ],
};

export const wifiAccessPointDescription: DeviceDescription = {
  type: 'wifi_access_point',
  title: 'WiFi access point',
  description: 'A dual-band WiFi access point (one SSID on 2.4 GHz, one on 5 GHz).',
  domain: 'network',
  version: '1.0.0',
  nouns: ['access point', 'ap', 'router', 'wifi router', 'base station'],
  state: {
    channel_24: { type: 'integer', description: 'Channel of the 2.4 GHz radio.', minimum: 1, maximum: 13 },
    connected_clients: { type: 'string_list', description: 'Clients associated with the access point.' },
    ssids: { type: 'string_list', description: 'SSIDs the access point broadcasts.' },
  },
  functions: [
    {
      name: 'get_connected_clients',
      description: 'Lists the clients associated with the access point.',
      kind: 'query',
      parameters: [],
      returns: { type: 'string_list', description: 'Client ids.' },
    },
    {
      name: 'get_ssids',
      description: 'Lists the SSIDs the access point broadcasts, one per band.',
      kind: 'query',
      parameters: [],
      returns: { type: 'string_list', description: 'SSIDs.' },
    },
    {
      name: 'set_channel',
      description: 'Sets the channel of the 2.4 GHz radio (1, 6 and 11 do not overlap).',
      kind: 'action',
      parameters: [{ name: 'channel', type: 'integer', description: '2.4 GHz channel.', minimum: 1, maximum: 13 }],
      effects: [{ key: 'channel_24', parameter: 'channel' }],
    },
  ],
};

export const microwaveOvenDescription: DeviceDescription = {
  type: 'microwave_oven',
  title: 'Microwave oven',
  description: 'A microwave oven; while it runs it interferes with WiFi on 2.4 GHz.',
  domain: 'home',
  version: '1.0.0',
  nouns: ['microwave', 'microwave oven', 'oven'],
  state: { running: { type: 'boolean', description: 'Whether the oven is heating.' } },
  functions: [
    { name: 'start_heating', description: 'Starts the microwave oven.', kind: 'action', parameters: [], effects: [{ key: 'running', value: true }] },
    { name: 'stop_heating', description: 'Stops the microwave oven.', kind: 'action', parameters: [], effects: [{ key: 'running', value: false }] },
    { name: 'is_running', description: 'Tells whether the microwave oven is heating.', kind: 'query', parameters: [], returns: { type: 'boolean', description: 'Running.' } },
  ],
};
