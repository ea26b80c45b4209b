/**
 * Budget participatif, application services: every rule and every access decision is enforced here (and in the
 * aggregates), whatever the views show. Internal to the module.
 */
package fr.agora.budget.service;
