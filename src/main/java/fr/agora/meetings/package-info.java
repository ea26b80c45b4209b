/**
 * Réunions: meetings of any body (a conseil citoyen, one of its collèges, a comité de quartier) from planning and
 * convocation to approved minutes; the compliance dashboard; visites de proximité and consultations before works.
 * The root package is the module's API; {@code domain}, {@code service}, {@code ui} and {@code web} are internal.
 */
package fr.agora.meetings;
