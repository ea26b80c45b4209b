/** Conseils citoyens: councils, their territories and their members (JPA entities and repositories). */
package fr.agora.council.domain;
