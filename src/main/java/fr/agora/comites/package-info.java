/**
 * Comités de quartier: the public directory (secteur, maire adjoint de secteur, associative status, contact,
 * perimeter), each comité's members, and its officer managing only their own comité. The root package is the
 * module's API ({@link fr.agora.comites.ComiteRegistry}); {@code domain}, {@code service} and {@code ui} are internal.
 */
package fr.agora.comites;
