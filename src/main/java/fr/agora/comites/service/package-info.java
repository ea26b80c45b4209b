/** Comités de quartier: directory, officer's own comité, members. */
package fr.agora.comites.service;
