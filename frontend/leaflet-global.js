// Leaflet plug-ins written for the UMD build (leaflet.markercluster) look for a global L: give them ours.
// SPDX-License-Identifier: AGPL-3.0-or-later
import L from 'leaflet';

window.L = L;
