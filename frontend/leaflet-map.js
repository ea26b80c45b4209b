// Agora's Leaflet element. Light DOM (no shadow root) so that leaflet.css applies.
// SPDX-License-Identifier: AGPL-3.0-or-later
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

// Bundlers rename Leaflet's images: point the default icon at the bundled files.
delete L.Icon.Default.prototype._getIconUrl;
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

function textNode(text) {
  const div = document.createElement('div');
  div.textContent = text; // labels are text: never interpreted as HTML
  return div;
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
      return;
    }
    this.style.display = 'block';
    this._map = L.map(this, { keyboard: true, zoomControl: true });
    this._map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    this._map.on('click', (e) => {
      if (this.$server) {
        this.$server.mapClicked(e.latlng.lat, e.latlng.lng);
      }
    });
    const queued = this._queue;
    this._queue = [];
    queued.forEach(([name, args]) => this[name](...args));
    // the element may have been laid out after Leaflet measured it
    new ResizeObserver(() => this._map && this._map.invalidateSize()).observe(this);
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
    this._tiles = L.tileLayer(url, { maxZoom: 19, attribution }).addTo(this._map);
  }

  setView(lat, lon, zoom) {
    if (this._defer('setView', [lat, lon, zoom])) return;
    this._map.setView([lat, lon], zoom);
  }

  clearAll() {
    if (this._defer('clearAll', [])) return;
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
      marker.bindTooltip(label);
    }
    marker.addTo(this._map);
    this._markers.set(id, marker);
  }

  removeMarker(id) {
    if (this._defer('removeMarker', [id])) return;
    const marker = this._markers.get(id);
    if (marker) {
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
    if (label) layer.bindTooltip(label, { sticky: true });
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
