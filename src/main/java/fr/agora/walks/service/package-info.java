/**
 * Marches exploratoires, application services: walks and their workflow, field capture of pins and photos,
 * moderation, recommendations and partner answers, the diagnostic grid, public reports and exports. Every rule and
 * every visibility decision is enforced here, whatever the view shows.
 */
package fr.agora.walks.service;
