/** Conseils citoyens: application services (transactions, security checks, audit). */
package fr.agora.council.service;
