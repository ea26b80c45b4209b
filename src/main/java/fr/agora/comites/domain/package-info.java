/** Comités de quartier: directory facts, secteurs' maires adjoints and members. */
package fr.agora.comites.domain;
