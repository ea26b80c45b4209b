/** Comités de quartier: the public directory and the officer's page. */
package fr.agora.comites.ui;
