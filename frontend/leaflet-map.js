// Agora's Leaflet element. Light DOM (no shadow root) so that leaflet.css applies.
// SPDX-License-Identifier: AGPL-3.0-or-later
import L from 'leaflet';
import './leaflet-global.js';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

// Bundlers rename Leaflet's images: point the default icon at the bundled files.
delete L.Icon.Default.prototype._getIconUrl;
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

// Every string the server hands the map (labels, the tiles' attribution) is text: Leaflet would read a string as
// HTML for popups, tooltips and the attribution, so they always get a DOM node built with textContent.
function textNode(text) {
  const div = document.createElement('div');
  div.textContent = String(text);
  return div;
}

function hiddenText(text) {
  const span = document.createElement('span');
  span.className = 'agora-sr-only';
  span.textContent = text;
  return span;
}

// A pin that does not rely on colour alone: a symbol (one or two characters) drawn in a shape (circle or
// diamond), with the label as its accessible name. Built with DOM calls only: no HTML string from the server.
function pinIcon(colour, symbol, shape, label) {
  const root = document.createElement('div');
  root.className = 'agora-pin agora-pin-' + (shape === 'diamond' ? 'diamond' : 'circle');
  const body = document.createElement('span');
  body.className = 'agora-pin-body';
  body.style.backgroundColor = /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : '#444444';
  const text = document.createElement('span');
  text.className = 'agora-pin-symbol';
  text.setAttribute('aria-hidden', 'true');
  text.textContent = symbol;
  body.appendChild(text);
  root.appendChild(body);
  if (label) root.appendChild(hiddenText(label));
  return L.divIcon({ html: root, className: 'agora-pin-icon', iconSize: [30, 30], iconAnchor: [15, 15], popupAnchor: [0, -14] });
}

function clusterIcon(cluster) {
  const count = cluster.getChildCount();
  const root = document.createElement('div');
  root.className = 'agora-cluster';
  const number = document.createElement('span');
  number.setAttribute('aria-hidden', 'true');
  number.textContent = String(count);
  root.appendChild(number);
  root.appendChild(hiddenText(count + ' ' + (document.documentElement.lang === 'en' ? 'observations: zoom in' : 'observations : zoomer')));
  const size = count < 10 ? 34 : count < 100 ? 40 : 46;
  return L.divIcon({ html: root, className: 'agora-cluster-icon', iconSize: [size, size] });
}

class AgoraLeafletMap extends HTMLElement {
  constructor() {
    super();
    this._queue = [];
    this._markers = new Map();
    this._layers = new Map();
  }

  connectedCallback() {
    if (this._map) {
      this._map.invalidateSize();
      this._refit();
      return;
    }
    this.style.display = 'block';
    this._map = L.map(this, { keyboard: true, zoomControl: true });
    // plain text, like the tiles' attribution: a link inside a line of text would need more than colour (axe)
    this._map.attributionControl.setPrefix('Leaflet');
    this._map.on('click', (e) => {
      // for scripts that work offline (a form's local draft), then for the server
      this.dispatchEvent(new CustomEvent('agora-map-click', { detail: { lat: e.latlng.lat, lon: e.latlng.lng }, bubbles: true }));
      if (this.$server) {
        this.$server.mapClicked(e.latlng.lat, e.latlng.lng);
      }
    });
    const queued = this._queue;
    this._queue = [];
    queued.forEach(([name, args]) => this[name](...args));
    // a person moving or zooming the map keeps their view; until then the map follows its size
    this._map.on('dragstart zoomstart', () => { if (!this._fitting) this._moved = true; });
    // the element may have been laid out after Leaflet measured it (a page opened directly, a reload, a
    // bookmark): fit the bounds again once it has its size
    new ResizeObserver(() => {
      if (!this._map) return;
      this._map.invalidateSize();
      this._refit();
    }).observe(this);
  }

  /** Fits the last requested bounds, if the map has a size and nobody has moved it since. */
  _refit() {
    if (!this._fit || this._moved) return;
    const size = this._map.getSize();
    if (size.x === 0 || size.y === 0) return;
    this._fitting = true;
    try {
      this._map.fitBounds(this._fit, { padding: [40, 40], maxZoom: 17, animate: false });
    } finally {
      this._fitting = false;
    }
  }

  _defer(name, args) {
    if (!this._map) {
      this._queue.push([name, args]);
      return true;
    }
    return false;
  }

  setTiles(url, attribution) {
    if (this._defer('setTiles', [url, attribution])) return;
    if (this._tiles) this._tiles.remove();
    this._tiles = L.tileLayer(url, { maxZoom: 19 }).addTo(this._map);
    if (this._attribution) this._map.attributionControl.removeAttribution(this._attribution);
    // the attribution control takes HTML: escape the configured text
    this._attribution = attribution ? textNode(attribution).innerHTML : null;
    if (this._attribution) this._map.attributionControl.addAttribution(this._attribution);
  }

  setView(lat, lon, zoom) {
    if (this._defer('setView', [lat, lon, zoom])) return;
    this._fit = null; // an explicit view replaces an earlier fit
    this._map.setView([lat, lon], zoom);
  }

  setClustering(enabled) {
    if (this._defer('setClustering', [enabled])) return;
    if (enabled && !this._cluster) {
      this._cluster = L.markerClusterGroup({
        iconCreateFunction: clusterIcon, showCoverageOnHover: false, maxClusterRadius: 50, spiderfyOnMaxZoom: true,
      });
      this._map.addLayer(this._cluster);
    } else if (!enabled && this._cluster) {
      this._cluster.remove();
      this._cluster = null;
    }
  }

  fitBounds(south, west, north, east) {
    if (this._defer('fitBounds', [south, west, north, east])) return;
    this._fit = [[south, west], [north, east]];
    this._moved = false;
    this._map.invalidateSize();
    this._refit();
  }

  addPin(id, lat, lon, label, colour, symbol, shape) {
    if (this._defer('addPin', [id, lat, lon, label, colour, symbol, shape])) return;
    this.removeMarker(id);
    const marker = L.marker([lat, lon], { icon: pinIcon(colour, symbol, shape, label), title: label, keyboard: true });
    if (label) {
      marker.bindPopup(() => textNode(label));
    }
    if (this._cluster) {
      this._cluster.addLayer(marker);
    } else {
      marker.addTo(this._map);
    }
    this._markers.set(id, marker);
  }

  clearAll() {
    if (this._defer('clearAll', [])) return;
    if (this._cluster) this._cluster.clearLayers();
    this._markers.forEach((m) => m.remove());
    this._markers.clear();
    this._layers.forEach((l) => l.remove());
    this._layers.clear();
  }

  addMarker(id, lat, lon, label, colour) {
    if (this._defer('addMarker', [id, lat, lon, label, colour])) return;
    this.removeMarker(id);
    const marker = colour
      ? L.circleMarker([lat, lon], { radius: 9, color: '#222', weight: 2, fillColor: colour, fillOpacity: 0.9 })
      : L.marker([lat, lon], { title: label, alt: label, keyboard: true });
    if (label) {
      marker.bindPopup(() => textNode(label));
      marker.bindTooltip(() => textNode(label));
    }
    marker.addTo(this._map);
    this._markers.set(id, marker);
  }

  removeMarker(id) {
    if (this._defer('removeMarker', [id])) return;
    const marker = this._markers.get(id);
    if (marker) {
      if (this._cluster) this._cluster.removeLayer(marker);
      marker.remove();
      this._markers.delete(id);
    }
  }

  addGeoJson(id, json, colour, label) {
    if (this._defer('addGeoJson', [id, json, colour, label])) return;
    this.removeLayer(id);
    let data;
    try {
      data = JSON.parse(json);
    } catch (e) {
      return;
    }
    const layer = L.geoJSON(data, { style: { color: colour, weight: 2, fillOpacity: 0.15 } });
    if (label) layer.bindTooltip(() => textNode(label), { sticky: true });
    layer.addTo(this._map);
    this._layers.set(id, layer);
  }

  removeLayer(id) {
    if (this._defer('removeLayer', [id])) return;
    const layer = this._layers.get(id);
    if (layer) {
      layer.remove();
      this._layers.delete(id);
    }
  }
}

customElements.define('agora-leaflet-map', AgoraLeafletMap);
