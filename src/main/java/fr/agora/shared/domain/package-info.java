/**
 * Domaine partagé : comptes, rôles, territoires, journal d'audit, courriels. Entities guard their own state;
 * repositories are used by services only.
 */
package fr.agora.shared.domain;
