/** Conseils citoyens: public pages, the members' area and the staff's administration views. */
package fr.agora.council.ui;
